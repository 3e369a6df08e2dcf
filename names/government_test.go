package names

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

func TestGovernmentHints(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tok := func(start int, text, lemma, pos, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, Lemma: lemma, POS: pos, Feats: feats}
	}
	past := "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	dat := "Case=Dat|Gender=Masc|Number=Sing"
	tests := []struct {
		name             string
		verb, lemma, pos string
		feats            string
		first, second    string
		want             morph.Grammeme // the case of the first word's hint
		apposed          bool
	}{
		{"a verb governing the dative", "позвонил", "позвонить", "VERB", past, "Киру", "Стармеру", morph.Datv, true},
		{"a transitive verb", "спросили", "спросить", "VERB", past, "Юлию", "Свириденко", morph.Accs, false},
		{"an intransitive verb", "улыбнулся", "улыбнуться", "VERB", past, "Юлию", "Свириденко", morph.Datv, false},
		{"a verb of either case", "объявил", "объявить", "VERB", past, "Юрию", "Петрову", morph.Datv, false},
		{"a participle", "написанные", "написать", "VERB", "VerbForm=Part", "Юрию", "Петрову", morph.Datv, false},
		{"a noun", "поддержку", "поддержка", "NOUN", "Case=Acc", "Юлию", "Свириденко", morph.Datv, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := len([]rune(tt.verb)) + 1
			toks := []doc.Token{tok(0, tt.verb, tt.lemma, tt.pos, tt.feats), tok(n, tt.first, "", "PROPN", dat),
				tok(n+len([]rune(tt.first))+1, tt.second, "", "PROPN", dat)}
			m := doc.Mention{Span: doc.Span{Start: toks[1].Start, End: toks[2].End}, Type: "PERSON"}
			got := governmentHints(Hints(toks[1:]), toks, m, c.transitive)
			if got[0].Case != tt.want || got[0].Apposed != tt.apposed {
				t.Errorf("hint of %s: case %v apposed %v, want %v %v", tt.first, got[0].Case, got[0].Apposed, tt.want, tt.apposed)
			}
		})
	}
}
