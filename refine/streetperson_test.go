package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestStreetHonorees pins streetHonorees (twenty-third session, helper
// ner23).
func TestStreetHonorees(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rule := func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
		return r.streetHonorees(text, sents, ms)
	}
	cases := []ruleCase{
		// the rank and the surname read as one post, the surname as a town
		{"Пожар произошел на улице Генерала Тюленева.",
			[][2]string{{"улице Генерала Тюленева", "FACILITY"}, {"Генерала Тюленева", "PROFESSION"}, {"Генерала", "PROFESSION"}, {"Тюленева", "CITY"}},
			[]string{"FACILITY улице Генерала Тюленева", "PROFESSION Генерала", "PERSON Тюленева"},
			[]string{"PROFESSION Генерала Тюленева", "CITY Тюленева"}},
		// one PERSON over the rank and the surname
		{"Авария случилась на проспекте Маршала Жукова.",
			[][2]string{{"проспекте Маршала Жукова", "FACILITY"}, {"Маршала Жукова", "PERSON"}},
			[]string{"PROFESSION Маршала", "PERSON Жукова"}, []string{"PERSON Маршала Жукова"}},
		// (guard) a person's name and first name, no rank
		{"Авария случилась на бульваре Тараса Шевченко.",
			[][2]string{{"бульваре Тараса Шевченко", "FACILITY"}, {"Тараса Шевченко", "PERSON"}},
			[]string{"PERSON Тараса Шевченко"}, []string{"PERSON Шевченко"}},
		// (guard) a longer name after the rank
		{"Он жил на улице Героя Советского Союза Петрова.",
			[][2]string{{"Героя Советского Союза", "AWARD"}},
			[]string{"AWARD Героя Советского Союза"}, []string{"PROFESSION Героя"}},
	}
	for _, tt := range cases {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, rule)
	}
}
