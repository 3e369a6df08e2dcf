package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestPressRelease20 pins the twentieth session's rules for press releases
// on military-technical cooperation (listedAfterCode, houseName,
// companyPerson) through the whole Refine.
func TestPressRelease20(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a quoted name listed with a coded model after a product noun
		{"В цехе выпускаются вертолеты Ми-38 и «Ансат».",
			[][2]string{{"Ми-38", "PRODUCT"}, {"Ансат", "ORGANIZATION"}},
			[]string{"PRODUCT Ансат"}, []string{"ORGANIZATION Ансат"}},
		{"Стороны обсудили поставки вертолетов Ми-8МТВ-5 и «Ансат».",
			[][2]string{{"Ансат", "ORGANIZATION"}},
			[]string{"PRODUCT Ансат", "PRODUCT Ми-8МТВ-5"}, nil},
		// (guard) no product noun before the code: a company stays
		{"Контракт заключили МС-21 и «Аэрофлот».",
			[][2]string{{"Аэрофлот", "ORGANIZATION"}},
			[]string{"ORGANIZATION Аэрофлот"}, []string{"PRODUCT Аэрофлот"}},
		// a capitalized «Дом» before a body in the genitive: the building
		// (the body stays nested: a later pass gives it back)
		{"Затем в Доме правительства Татарстана прошло совещание.",
			[][2]string{{"правительства Татарстана", "ORGANIZATION"}, {"Татарстана", "STATE_OR_PROVINCE"}},
			[]string{"FACILITY Доме правительства Татарстана", "STATE_OR_PROVINCE Татарстана"}, nil},
		// (guard) a lower-case «дом» is no name; a sentence's first word is not asked
		{"Он вошел в дом правительства Татарстана. Дома правительства Татарстана нет.",
			[][2]string{{"правительства Татарстана", "ORGANIZATION"}},
			[]string{"ORGANIZATION правительства Татарстана"}, []string{"FACILITY дом правительства Татарстана"}},
		// a company noun opens no person's name
		{"Холдинг «Высокоточные комплексы» Госкорпорации Ростех представил комплекс.",
			[][2]string{{"Высокоточные комплексы", "ORGANIZATION"}, {"Госкорпорации Ростех", "PERSON"}},
			[]string{"ORGANIZATION Госкорпорации Ростех"}, []string{"PERSON Госкорпорации Ростех"}},
		// (guard) a person's name stays
		{"Холдинг возглавил Борис Обносов.",
			[][2]string{{"Борис Обносов", "PERSON"}},
			[]string{"PERSON Борис Обносов"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
