package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestUpToAge pins upToAge (twenty-fifth session, helper ev25b) through
// the whole Refine: «до N лет» after a noun of people counted by age is
// an AGE; a term of years («лишения свободы до 15 лет») stays a DATE.
func TestUpToAge(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Вход в здание для детей до шести лет был закрыт.",
			[][2]string{{"до шести лет", "DATE"}},
			[]string{"AGE до шести лет"}, []string{"DATE до шести лет"}},
		{"Власти запретили мужчинам в возрасте до 50 лет въезжать в город.",
			[][2]string{{"до 50 лет", "DATE"}},
			[]string{"AGE до 50 лет"}, []string{"DATE до 50 лет"}},
		// (guard) a term of years
		{"Ему грозит лишение свободы на срок до 15 лет.",
			[][2]string{{"до 15 лет", "DATE"}},
			[]string{"DATE до 15 лет"}, []string{"AGE до 15 лет"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
