package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestRailwayNames pins railwayNames (twenty-third session, helper ner23).
func TestRailwayNames(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rule := func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.railwayNames(text, sents, ms)
	}
	cases := []ruleCase{
		// a railway named by a month's adjective opening a sentence, read as a DATE
		{"Октябрьская железная дорога изменит расписание.",
			[][2]string{{"Октябрьская", "DATE"}},
			[]string{"ORGANIZATION Октябрьская железная дорога"}, []string{"DATE Октябрьская"}},
		// a place's adjective stays nested
		{"Начальник Свердловской железной дороги подал в отставку.",
			[][2]string{{"Свердловской", "LOCATION"}},
			[]string{"ORGANIZATION Свердловской железной дороги", "LOCATION Свердловской"}, nil},
		// (guard) a lower-case adjective, no name
		{"Узкоколейная железная дорога закрыта.",
			nil, nil, []string{"ORGANIZATION Узкоколейная железная дорога"}},
		// (guard) the revolution's month stays a DATE
		{"Участники Октябрьской революции эмигрировали.",
			[][2]string{{"Октябрьской", "DATE"}},
			[]string{"DATE Октябрьской"}, nil},
	}
	for _, tt := range cases {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, rule)
	}
}
