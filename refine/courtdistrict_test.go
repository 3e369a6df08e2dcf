package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestCourtDistricts pins courtDistricts (twenty-third session, helper
// ner23).
func TestCourtDistricts(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rule := func(_ []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.courtDistricts(sents, ms)
	}
	cases := []ruleCase{
		// a Moscow district's adjective in a court's name, read as a town
		{"Решение Мещанского районного суда обжаловано.",
			[][2]string{{"Мещанского районного суда", "ORGANIZATION"}, {"Мещанского", "CITY"}},
			[]string{"DISTRICT Мещанского"}, []string{"CITY Мещанского"}},
		{"Басманный суд Москвы арестовал чиновника.",
			[][2]string{{"Басманный суд Москвы", "ORGANIZATION"}, {"Басманный", "CITY"}, {"Москвы", "CITY"}},
			[]string{"DISTRICT Басманный", "CITY Москвы"}, []string{"CITY Басманный"}},
		// (guard) a town's adjective stays a CITY
		{"Тюменский районный суд вынес приговор.",
			[][2]string{{"Тюменский районный суд", "ORGANIZATION"}, {"Тюменский", "CITY"}},
			[]string{"CITY Тюменский"}, []string{"DISTRICT Тюменский"}},
		{"Решение Кёльнского суда обжаловано.",
			[][2]string{{"Кёльнского суда", "ORGANIZATION"}, {"Кёльнского", "CITY"}},
			[]string{"CITY Кёльнского"}, []string{"DISTRICT Кёльнского"}},
		// (guard) not before a court
		{"Мещанский парк открыт.",
			[][2]string{{"Мещанский", "CITY"}},
			[]string{"CITY Мещанский"}, []string{"DISTRICT Мещанский"}},
	}
	for _, tt := range cases {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, rule)
	}
}
