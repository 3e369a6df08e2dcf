package event

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestAheadOfDateline(t *testing.T) {
	tok := func(start int, text, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, Feats: feats}
	}
	past := "Aspect=Perf|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"
	fut := "Aspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"
	// «Выступая на митинге , Шмаков напомнил»: no tense in the trigger's clause, a past verb after it
	spoke := []doc.Token{tok(0, "Выступая", "VerbForm=Conv"), tok(9, "на", ""), tok(12, "митинге", "Case=Loc"),
		tok(20, ",", ""), tok(22, "Шмаков", ""), tok(29, "напомнил", past)}
	// «Комиссия обсудит вопрос на заседании»
	will := []doc.Token{tok(0, "Комиссия", ""), tok(9, "обсудит", fut), tok(17, "вопрос", ""), tok(24, "на", ""), tok(27, "заседании", "")}
	docOf := func(toks []doc.Token) *doc.Document {
		return &doc.Document{Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: toks[len(toks)-1].End}, Tokens: toks}}}
	}
	tests := []struct {
		name          string
		toks          []doc.Token
		span          doc.Span
		lastDate, day string
		want          bool
	}{
		{"a year after the dateline's day, a past sentence", spoke, doc.Span{Start: 12, End: 19}, "2027-01-01", "2026-05-05", true},
		{"a month after it, at the month's precision", spoke, doc.Span{Start: 12, End: 19}, "2026-06", "2026-05-05", true},
		{"(guard) a day before the dateline's", spoke, doc.Span{Start: 12, End: 19}, "2026-05-01", "2026-05-05", false},
		{"(guard) the dateline's own month", spoke, doc.Span{Start: 12, End: 19}, "2026-05", "2026-05-05", false},
		{"(guard) a future clause", will, doc.Span{Start: 27, End: 36}, "2026-06", "2026-05-05", false},
		{"(guard) no dateline", spoke, doc.Span{Start: 12, End: 19}, "2027-01-01", "", false},
	}
	for _, tt := range tests {
		d := docOf(tt.toks)
		if got := aheadOfDateline(d, tt.lastDate, tt.day, trigger{span: tt.span}); got != tt.want {
			t.Errorf("%s: aheadOfDateline = %v, want %v", tt.name, got, tt.want)
		}
	}
}
