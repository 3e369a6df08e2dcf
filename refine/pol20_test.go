package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestPol20 pins the rules of the twentieth session's politics helper
// (bodyAdjectives in leftAdjectives) through the whole Refine.
func TestPol20(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a state body's adjective opening the sentence before the one
		// noun the recognizer found
		{"Государственная дума на пленарном заседании приняла законопроект.",
			[][2]string{{"дума", "ORGANIZATION"}},
			[]string{"ORGANIZATION Государственная дума"}, []string{"ORGANIZATION дума"}},
		{"Верховный суд отклонил жалобу.",
			[][2]string{{"суд", "ORGANIZATION"}},
			[]string{"ORGANIZATION Верховный суд"}, nil},
		// (guard) an adjective that describes, not names
		{"Местная полиция задержала подозреваемого.",
			[][2]string{{"полиция", "ORGANIZATION"}},
			[]string{"ORGANIZATION полиция"}, []string{"ORGANIZATION Местная полиция"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
