package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestOrganizationPersons pins organizationPersons through the whole
// Refine.
func TestOrganizationPersons(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a one-word PERSON that is an oblique case of a one-word organization of the text
		{"«Сбер» показал устойчивые результаты. Кредитный портфель Сбера вырос на 6%.",
			[][2]string{{"Сбер", "ORGANIZATION"}, {"Сбера", "PERSON"}},
			[]string{"ORGANIZATION Сбера"}, []string{"PERSON Сбера"}},
		// (guard) not the surname of a person the text names in full
		{"Компания Форд выпустила новую модель. Биографы Генри Форда спорят о нем. Наследники Форда молчат.",
			[][2]string{{"Форд", "ORGANIZATION"}, {"Генри Форда", "PERSON"}, {"Форда", "PERSON"}},
			[]string{"PERSON Форда"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
