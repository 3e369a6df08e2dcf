package names

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

func TestFirstNameSubjectHints(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tok := func(start int, text, pos, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Feats: feats}
	}
	fem := "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	masc := "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	gen := "Case=Gen|Gender=Masc|Number=Sing"
	tests := []struct {
		name, word, verb string
		want             morph.Grammeme // the gender given; 0: the tagger's hint kept
	}{
		{"a woman's first name before a feminine verb: «внучка Шаймиева Камиля вошла»", "Камиля", fem, morph.Femn},
		{"a man's genitive before a masculine verb has its own subject (guard)", "Камиля", masc, 0},
		{"a surname alone is left to the tagger (guard)", "Шаймиева", fem, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := []doc.Token{tok(0, "внучка", "NOUN", "Case=Nom"), tok(7, "Шаймиева", "PROPN", gen), tok(16, tt.word, "PROPN", gen),
				tok(17+len([]rune(tt.word)), "вошла", "VERB", tt.verb)}
			m := doc.Mention{Span: toks[2].Span, Type: "PERSON", Text: tt.word}
			got := c.firstNameSubjectHints(Hints(toks[2:3]), toks, m)
			if tt.want == 0 {
				if got[0].Case != morph.Gent {
					t.Errorf("hint %+v, want the tagger's genitive", got[0])
				}
				return
			}
			if got[0].Case != morph.Nomn || got[0].Gender != tt.want || !got[0].Apposed {
				t.Errorf("hint %+v, want a nominative of gender %v", got[0], tt.want)
			}
		})
	}
}
