package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestPoliticsNews pins the rules of the twentieth session's politics helper
// (bodyAdjectives in leftAdjectives, readingAt in lawsAbout,
// unnamedMinistries, treatyNames, macroRegionNames) through the whole
// Refine.
func TestPoliticsNews(t *testing.T) {
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
		// a bill's reading is no word of its name
		{"Госдума приняла закон об иностранных агентах в третьем чтении.",
			nil, []string{"LAW закон об иностранных агентах"}, []string{"LAW закон об иностранных агентах в третьем чтении"}},
		{"Депутаты одобрили законопроект о защите животных в первом и втором чтениях.",
			nil, []string{"LAW законопроект о защите животных"}, nil},
		// (guard) «в» of what the law is about runs on
		{"Депутаты внесли законопроект о выборах в Государственную думу.",
			nil, []string{"LAW законопроект о выборах в Государственную думу"}, nil},
		// a ministry the recognizer missed, with the country it is of
		{"Госкорпорация «Росатом» и министерство промышленности и торговли Вьетнама подписали меморандум.",
			[][2]string{{"Росатом", "ORGANIZATION"}, {"Вьетнама", "COUNTRY"}},
			[]string{"ORGANIZATION министерство промышленности и торговли Вьетнама", "ORGANIZATION министерство промышленности и торговли", "COUNTRY Вьетнама"}, nil},
		// (guard) no country after it; a body listed with it
		{"Проект внесло министерство финансов. Министерства и ведомства России получили указания.",
			[][2]string{{"России", "COUNTRY"}},
			nil, []string{"ORGANIZATION министерство финансов", "ORGANIZATION Министерства и ведомства России"}},
		// a declaration is a document, not an organization
		{"Лидеры подписали Бишкекскую декларацию по итогам саммита.",
			[][2]string{{"Бишкекскую декларацию", "ORGANIZATION"}},
			[]string{"LAW Бишкекскую декларацию"}, []string{"ORGANIZATION Бишкекскую декларацию"}},
		// (guard) an organization whose head is another noun; a party
		// named «конвенция»
		{"Представители Организации Договора о коллективной безопасности прибыли в Минск.",
			[][2]string{{"Организации Договора о коллективной безопасности", "ORGANIZATION"}},
			[]string{"ORGANIZATION Организации Договора о коллективной безопасности"}, nil},
		{"Он возглавляет партию Национальная конвенция за солидарность Африки.",
			[][2]string{{"Национальная конвенция за солидарность Африки", "ORGANIZATION"}},
			[]string{"ORGANIZATION Национальная конвенция за солидарность Африки"}, nil},
		// «Ближний Восток», «Дальний Восток»: the adjective is the name's
		{"Инвестиции на Дальнем Востоке растут, конфликт на Ближнем Востоке обострился.",
			[][2]string{{"Востоке", "LOCATION"}},
			[]string{"LOCATION Дальнем Востоке", "LOCATION Ближнем Востоке"}, []string{"LOCATION Востоке"}},
		// (guard) a direction
		{"Ветер дул с Востока.",
			[][2]string{{"Востока", "LOCATION"}},
			[]string{"LOCATION Востока"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
