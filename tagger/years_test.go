package tagger

import (
	"strings"
	"testing"
)

func TestYearOrdinals(t *testing.T) {
	noun := func(feats string) Analysis { return Analysis{UPOS: "NOUN", Feats: feats} }
	num := Analysis{UPOS: "NUM", Feats: "NumType=Card"}
	punct := Analysis{UPOS: "PUNCT"}
	tests := []struct {
		words string
		in    []Analysis
		want  []string // UPOS|Feats of every word
	}{
		{"войны 1904 года", []Analysis{noun("Case=Gen|Gender=Fem|Number=Sing"), num, noun("Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing")},
			[]string{"NOUN|Case=Gen|Gender=Fem|Number=Sing", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"}},
		{"1904 - 1905 годах", []Analysis{num, punct, num, noun("Animacy=Inan|Case=Loc|Gender=Masc|Number=Plur")},
			[]string{"ADJ|Case=Loc|Degree=Pos|Number=Plur", "PUNCT", "ADJ|Case=Loc|Degree=Pos|Number=Plur", "NOUN|Animacy=Inan|Case=Loc|Gender=Masc|Number=Plur"}},
		{"за 2020 год", []Analysis{{UPOS: "ADP"}, num, noun("Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing")},
			[]string{"ADP", "ADJ|Animacy=Inan|Case=Acc|Degree=Pos|Gender=Masc|Number=Sing", "NOUN|Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing"}},
		{"мая 1945 ,", []Analysis{noun("Case=Gen|Gender=Masc|Number=Sing"), num, punct},
			[]string{"NOUN|Case=Gen|Gender=Masc|Number=Sing", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "PUNCT"}},
		{"( 1751 )", []Analysis{punct, num, punct},
			[]string{"PUNCT", "ADJ|Case=Nom|Degree=Pos|Gender=Masc|Number=Sing", "PUNCT"}},
		// what the number counts keeps it a number; numbers outside 1000–2099 are not years
		{"1990 человек", []Analysis{num, noun("Case=Gen|Number=Plur")}, []string{"NUM|NumType=Card", "NOUN|Case=Gen|Number=Plur"}},
		{"2000 евро", []Analysis{num, {UPOS: "SYM"}}, []string{"NUM|NumType=Card", "SYM"}},
		{"3000 и 999 и 2100", []Analysis{num, {UPOS: "CCONJ"}, num, {UPOS: "CCONJ"}, num},
			[]string{"NUM|NumType=Card", "CCONJ", "NUM|NumType=Card", "CCONJ", "NUM|NumType=Card"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.words)
		out := append([]Analysis(nil), tt.in...)
		yearOrdinals(words, out)
		for i, a := range out {
			if got := a.Tag(); got != tt.want[i] {
				t.Errorf("%s: word %d %q: %s, want %s", tt.words, i, words[i], got, tt.want[i])
			}
		}
	}
}
