package refine

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestActingLetterBefore checks that actingLetterBefore holds wherever
// actingBefore matches after actingEnd's rune, the runes that (?i) folds with among them (ᲂ, ᲄ, ᲅ of о, т),
// and sameFold against strings.EqualFold.
func TestActingLetterBefore(t *testing.T) {
	lasts := []string{"обязанности", "ОБЯЗАННОСТИ", "обязанносᲄи", "обязанносᲅи", "и. о.", "И.О.", "и.ᲂ.", "и\u00a0о.", "врио", "ВРИО", "ВРИᲂ", "врИо",
		"в Москве", "директор", "ио", "о.", "и", "."}
	for _, head := range []string{"", "временно ", "Временно исполняющий ", "исполняющий ", "Исполняющая ", "тот "} {
		for _, last := range lasts {
			for _, sp := range []string{" ", "\u00a0", "\u2009"} {
				before := head + last + sp
				text := []rune(before + "директора")
				at := len([]rune(before)) - 2
				// (actingEnd, older, passes ᲂ by: «ВРИᲂ» is not looked at)
				if actingBefore.MatchString(before) && actingEnd(text[at]) && !actingLetterBefore(text, at) {
					t.Errorf("%q: the expression matches, actingLetterBefore fails", before)
				}
			}
		}
	}
	runes := []rune("иИтТоОᲂᲄᲅaA.Kkᲀвж")
	for _, c := range runes {
		for _, d := range runes {
			if sameFold(c, d) != strings.EqualFold(string(c), string(d)) {
				t.Errorf("sameFold(%q, %q) = %v", c, d, sameFold(c, d))
			}
		}
	}
}

// TestLatinNameFirstByte checks latinName's quick test of the first byte:
// a word it turns away for that byte starts with no Latin capital (every
// byte alone, and every byte before a continuation byte and before «a»).
func TestLatinNameFirstByte(t *testing.T) {
	for b := 0; b < 256; b++ {
		for _, w := range []string{string([]byte{byte(b)}), string([]byte{byte(b), 0x80}), string([]byte{byte(b), 0xBF, 'a'}), string([]byte{byte(b), 'a'})} {
			c, _ := decodeFirst(w)
			quick := w[0] < 0x80 && (w[0] < 'A' || w[0] > 'Z') || w[0] == 0xD0 || w[0] == 0xD1
			if quick && latinCapital(c) {
				t.Errorf("%q: latinName turns away a Latin capital", w)
			}
		}
	}
	if latinName([]doc.Token{{Text: ""}}, 0) != -1 || latinName([]doc.Token{{Text: "Яндекс"}}, 0) != -1 || latinName([]doc.Token{{Text: "Google"}}, 0) != 0 {
		t.Error("latinName")
	}
}
