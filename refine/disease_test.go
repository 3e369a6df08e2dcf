package refine

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestMayStartDisease checks disease's early answer: every key of
// diseaseStarts, in lower and upper case, may start a disease; and no word
// of two or three runes (letters а–я in both cases, Ё, ё, every ASCII byte,
// other letters and broken UTF-8) it turns away folds to a key.
func TestMayStartDisease(t *testing.T) {
	for k := range diseaseStarts {
		for _, w := range []string{k, strings.ToUpper(k), k + "ом"} {
			if !mayStartDisease(w) {
				t.Errorf("mayStartDisease(%q) = false", w)
			}
		}
	}
	var runes []string
	for c := 'А'; c <= 'я'; c++ {
		runes = append(runes, string(c))
	}
	for c := 0; c < 128; c++ {
		runes = append(runes, string(rune(c)))
	}
	runes = append(runes, "Ё", "ё", "ї", "é", "\xd0", "\xd1", "\x80", "")
	rejected := 0
	for _, a := range runes {
		for _, b := range runes {
			for _, c := range []string{"", "п", "А", "x", "ё"} {
				w := a + b + c
				if !mayStartDisease(w) {
					rejected++
					if diseaseStarts[fold(tokenize.Prefix(w, 3))] {
						t.Fatalf("mayStartDisease(%q) = false, but it folds to a key", w)
					}
				}
			}
		}
	}
	if rejected == 0 {
		t.Fatal("mayStartDisease turned no word away")
	}
	// guards: words that start no disease's lemma
	for _, w := range []string{"Москва", "заявил", ",", "2024", "Ёлка"} {
		if mayStartDisease(w) {
			t.Errorf("mayStartDisease(%q) = true", w)
		}
	}
}
