package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestMonthAdjectiveTowns pins monthAdjectiveTowns (twenty-second session,
// helper transport22).
func TestMonthAdjectiveTowns(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rule := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.monthAdjectiveTowns(sents, ms)
	}
	cases := []ruleCase{
		// a month's adjective in a railway's name and a revolution's, read as a town
		{"Начальник Октябрьской железной дороги прибыл на место.",
			[][2]string{{"Октябрьской железной дороги", "ORGANIZATION"}, {"Октябрьской", "CITY"}},
			[]string{"ORGANIZATION Октябрьской железной дороги"}, []string{"CITY Октябрьской"}},
		{"Участники Октябрьской революции эмигрировали.",
			[][2]string{{"Октябрьской", "DATE"}, {"Октябрьской", "CITY"}},
			[]string{"DATE Октябрьской"}, []string{"CITY Октябрьской"}},
		// (guard) the town «Октябрьский» alone, another town's adjective
		{"Жители Октябрьского протестуют. Сотрудники Московского метрополитена бастуют.",
			[][2]string{{"Октябрьского", "CITY"}, {"Московского", "CITY"}},
			[]string{"CITY Октябрьского", "CITY Московского"}, nil},
		{"Они вели пропаганду в Октябрьском и Уфе.",
			[][2]string{{"Октябрьском", "CITY"}, {"Уфе", "CITY"}},
			[]string{"CITY Октябрьском"}, nil},
	}
	for _, tt := range cases {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, rule)
	}
}
