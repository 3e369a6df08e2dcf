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
	pres := "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin|Voice=Act"
	planVerb := tok(3, "планируем", "VERB", pres)
	planVerb.Lemma = "планировать"
	plan := []Token{tok(0, "Мы", "PRON", ""), planVerb, tok(13, "начать", "VERB", "VerbForm=Inf"),
		tok(20, "рейсы", "NOUN", ""), tok(26, "уже", "ADV", ""), tok(30, "в", "ADP", ""), tok(32, "декабре", "NOUN", ""),
		tok(40, ",", "PUNCT", ""), tok(42, "сказал", "VERB", past)}
	// «потребовал погасить долги до 15 февраля» (labour25)
	demandVerb := tok(0, "потребовал", "VERB", past)
	demandVerb.Lemma = "потребовать"
	demand := []Token{demandVerb, tok(11, "погасить", "VERB", "VerbForm=Inf"), tok(20, "долги", "NOUN", ""),
		tok(26, "до", "ADP", ""), tok(29, "15", "ADJ", ""), tok(32, "февраля", "NOUN", "")}
	saidVerb := tok(0, "сообщил", "VERB", past)
	saidVerb.Lemma = "сообщить"
	said := []Token{saidVerb, tok(8, "погасить", "VERB", "VerbForm=Inf"), tok(17, "до", "ADP", ""), tok(20, "мая", "NOUN", "")}
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
		// «Мы планируем начать рейсы в декабре», — сказал он (transport22)
		{"a plan in the present before an infinitive is ahead", plan, Span{Start: 30, End: 39}, 1},
		{"(guard) a present verb of no plan before an infinitive says nothing", []Token{tok(0, "может", "VERB", "Tense=Pres|VerbForm=Fin"),
			tok(6, "начать", "VERB", "VerbForm=Inf"), tok(13, "в", "ADP", ""), tok(15, "марте", "NOUN", "")}, Span{Start: 15, End: 20}, 0},
		{"a demand in the past before an infinitive is ahead", demand, Span{Start: 29, End: 39}, 1},
		{"(guard) a past verb of no demand before an infinitive is past", said, Span{Start: 20, End: 23}, -1},
	}
	for _, tt := range tests {
		if got := VerbTense(tt.toks, tt.at); got != tt.want {
			t.Errorf("%s: VerbTense = %d, want %d", tt.name, got, tt.want)
		}
	}
}
