package names

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// featTokens makes tokens of the space-separated words of s, each
// «word/POS/lemma/feats» (feats with commas for bars; lemma and feats
// optional).
func featTokens(s string) []doc.Token {
	var toks []doc.Token
	at := 0
	for _, f := range strings.Fields(s) {
		parts := strings.SplitN(f, "/", 4)
		n := len([]rune(parts[0]))
		t := doc.Token{Span: doc.Span{Start: at, End: at + n}, Text: parts[0]}
		if len(parts) > 1 {
			t.POS = parts[1]
		}
		if len(parts) > 2 {
			t.Lemma = parts[2]
		}
		if len(parts) > 3 {
			t.Feats = strings.ReplaceAll(parts[3], ",", "|")
		}
		toks = append(toks, t)
		at += n + 1
	}
	return toks
}

func TestAttributiveAdjective(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, word, typ string
		want                  string
		region                bool
	}{
		{"an adjective before its noun, not the village Камчатск's instrumental",
			"в/ADP Камчатском/ADJ филиале/NOUN/филиал/Case=Loc,Gender=Masc,Number=Sing", "Камчатском", "CITY", "Камчатский", false},
		{"before a district's adjective: the district's, not Тверская street",
			"Тверской/ADJ районный/ADJ/районный/Case=Nom,Gender=Masc,Number=Sing суд/NOUN", "Тверской", "CITY", "Тверской", true},
		{"one of two adjectives before a plural district noun, not Советск",
			"в/ADP Нижегородском/ADJ и/CCONJ Советском/ADJ районах/NOUN/район/Case=Loc,Gender=Masc,Number=Plur", "Советском", "COUNTRY", "Советский", true},
		{"the noun after a coordinated adjective",
			"в/ADP Советском/ADJ и/CCONJ Ленинградском/ADJ районах/NOUN/район/Case=Loc,Gender=Masc,Number=Plur", "Советском", "CITY", "Советский", true},
		{"a region's noun in the feminine: the adjective agrees",
			"под/ADP Тверской/PROPN областью/NOUN/область/Case=Ins,Gender=Fem,Number=Sing", "Тверской", "CITY", "Тверской", true},
		{"an adjective before a noun of no district's kind",
			"в/ADP Советском/ADJ филиале/NOUN/филиал/Case=Loc,Gender=Masc,Number=Sing", "Советском", "CITY", "Советский", false},
		{"a place noun that no agreeing word follows stays (guard)",
			"в/ADP Камчатском/PROPN ,/PUNCT", "Камчатском", "CITY", "", false},
		{"a noun in another case does not agree (guard)",
			"в/ADP Камчатском/PROPN рыбу/NOUN/рыба/Case=Acc,Gender=Fem,Number=Sing", "Камчатском", "CITY", "", false},
		{"a capitalized next word is no common noun (guard)",
			"в/ADP Камчатском/PROPN Сбербанке/PROPN/Сбербанк/Case=Loc,Gender=Masc,Number=Sing", "Камчатском", "CITY", "", false},
		{"an adjective the dictionary reads as no place noun is left to the canonicalizer (guard: NEREL's CITY «Московского района» is Москва)",
			"в/ADP Московском/ADJ районе/NOUN/район/Case=Loc,Gender=Masc,Number=Sing", "Московском", "CITY", "", false},
		{"a person's mention (guard)",
			"Тверской/PROPN районный/ADJ/районный/Case=Nom,Gender=Masc,Number=Sing", "Тверской", "PERSON", "", false},
	}
	for _, tt := range tests {
		toks := featTokens(tt.text)
		var m doc.Mention
		for _, tok := range toks {
			if tok.Text == tt.word {
				m = doc.Mention{Span: tok.Span, Text: tok.Text, Type: tt.typ}
			}
		}
		got, region := c.attributiveAdjective(toks, m)
		if got != tt.want || region != tt.region {
			t.Errorf("%s: attributiveAdjective(%q) = %q, %v; want %q, %v", tt.name, tt.word, got, region, tt.want, tt.region)
		}
	}
}

func TestAdjectivePlaceDictionaryTowns(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ adj, want string }{
		{"камчатский", "камчатка"}, // not the village Камчатск
		{"омский", "омск"},         // guard: the town in -ск
		{"тверской", "тверь"},      // guard: the town without -ск
		{"чемальский", ""},         // the guesser's Чемальск is no place
	}
	for _, tt := range tests {
		if got := AdjectivePlace(c.A, tt.adj); got != tt.want {
			t.Errorf("AdjectivePlace(%q) = %q, want %q", tt.adj, got, tt.want)
		}
	}
}
