package doc

import "testing"

func TestVerbTense(t *testing.T) {
	tok := func(start int, text, pos, feats string) Token {
		return Token{Span: Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Feats: feats}
	}
	past := "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	fut := "Aspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin|Voice=Act"
	// «с 1 декабря возобновит рейсы, сообщил директор»
	toks := []Token{tok(0, "с", "ADP", ""), tok(2, "1", "ADJ", ""), tok(4, "декабря", "NOUN", "Case=Gen"),
		tok(12, "возобновит", "VERB", fut), tok(23, "рейсы", "NOUN", ""), tok(28, ",", "PUNCT", ""),
		tok(30, "сообщил", "VERB", past), tok(38, "директор", "NOUN", "")}
	tests := []struct {
		name string
		toks []Token
		at   Span
		want int
	}{
		{"the verb of the date's clause, not the report verb", toks, Span{Start: 0, End: 11}, 1},
		{"a span in the report clause", toks, Span{Start: 38, End: 46}, -1},
		{"a span holding a verb: the verb itself", toks, Span{Start: 30, End: 37}, -1},
		{"no tagged verb", []Token{tok(0, "в", "", ""), tok(2, "марте", "", "")}, Span{Start: 2, End: 7}, 0},
		{"a present verb says nothing", []Token{tok(0, "идет", "VERB", "Tense=Pres|VerbForm=Fin"), tok(5, "март", "NOUN", "")}, Span{Start: 5, End: 9}, 0},
	}
	for _, tt := range tests {
		if got := VerbTense(tt.toks, tt.at); got != tt.want {
			t.Errorf("%s: VerbTense = %d, want %d", tt.name, got, tt.want)
		}
	}
}
