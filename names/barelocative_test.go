package names

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// taggedTokens makes tokens of the space-separated words of s, each
// «word/POS» with the name tagged PROPN and Case=Loct.
func taggedTokens(s string) []doc.Token {
	var toks []doc.Token
	at := 0
	for _, f := range strings.Fields(s) {
		w, pos, _ := strings.Cut(f, "/")
		n := len([]rune(w))
		t := doc.Token{Span: doc.Span{Start: at, End: at + n}, Text: w, POS: pos}
		if pos == "PROPN" {
			t.Feats = "Case=Loc|Gender=Masc|Number=Sing"
		}
		toks = append(toks, t)
		at += n + 1
	}
	return toks
}

func TestBareLocative(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"a name in -е in a list after a dash: no preposition governs it", "контролируют/VERB пять/NUM кланов/NOUN —/PUNCT Бонанно/PROPN ,/PUNCT Дженовезе/PROPN", "Дженовезе", true},
		{"the last of a list after «и»", "кланов/NOUN —/PUNCT Коломбо/PROPN и/CCONJ Луккезе/PROPN", "Луккезе", true},
		{"a preposition before the list governs it (guard)", "матчи/NOUN в/ADP Ливерпуле/PROPN и/CCONJ Энфилде/PROPN", "Энфилде", false},
		{"after a locative preposition (guard)", "живет/VERB в/ADP Тусоне/PROPN", "Тусоне", false},
		{"a word the dictionary knows (guard)", "кланов/NOUN —/PUNCT Москве/PROPN", "Москве", false},
		{"names25: a town on a river, the -е the river's after «на»; was true (named as written)", "Жители/NOUN Николаевска-на-Амуре/PROPN остались/VERB", "Николаевска-на-Амуре", false},
		{"names25: likewise at the text's start", "Ростова-на-Дону/PROPN", "Ростова-на-Дону", false},
	}
	for _, tt := range tests {
		toks := taggedTokens(tt.text)
		var m doc.Mention
		for _, tok := range toks {
			if tok.Text == tt.word {
				m = doc.Mention{Span: tok.Span, Text: tok.Text, Type: "ORGANIZATION"}
			}
		}
		if got := c.bareLocative(toks, m); got != tt.want {
			t.Errorf("%s: bareLocative(%q) = %v, want %v", tt.name, tt.word, got, tt.want)
		}
	}
}
