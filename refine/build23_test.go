package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestBuild23 runs the cases of the twenty-third session's rules for
// construction news (helper build23: quotedListHead, housingComplex,
// domainEnd) through the whole Refine.
func TestBuild23(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// quoted names listed after the first take the noun's kind, over
		// a dash too
		{"Мэр открыл две новые станции метро — «Нагатинский Затон» и «Кленовый бульвар».",
			[][2]string{{"Нагатинский Затон", "ORGANIZATION"}, {"Кленовый бульвар", "WORK_OF_ART"}},
			[]string{"FACILITY Нагатинский Затон", "FACILITY Кленовый бульвар"}, nil},
		{"Открыты станции «Ховрино», «Беломорская» и «Селигерская».",
			[][2]string{{"Ховрино", "CITY"}, {"Беломорская", "ORGANIZATION"}, {"Селигерская", "PERSON"}},
			[]string{"FACILITY Ховрино", "FACILITY Беломорская", "FACILITY Селигерская"}, nil},
		// (guard) a person's name inside a listed title stays a person
		{"Он снял фильмы «Ученик» и «Иван Васильевич меняет профессию».",
			[][2]string{{"Ученик", "WORK_OF_ART"}, {"Иван Васильевич меняет профессию", "WORK_OF_ART"}, {"Иван Васильевич", "PERSON"}},
			[]string{"WORK_OF_ART Ученик", "WORK_OF_ART Иван Васильевич меняет профессию", "PERSON Иван Васильевич"}, nil},
		// (guard) names listed after no noun of a kind stay
		{"Акции купили «Самолет» и «Пионер».",
			[][2]string{{"Самолет", "ORGANIZATION"}, {"Пионер", "ORGANIZATION"}},
			[]string{"ORGANIZATION Самолет", "ORGANIZATION Пионер"}, nil},
		// a housing estate
		{"Дома сданы в жилом комплексе «Остафьево» и в ЖК «Левел Причальный».",
			[][2]string{{"Остафьево", "PRODUCT"}, {"Левел Причальный", "ORGANIZATION"}},
			[]string{"FACILITY Остафьево", "FACILITY Левел Причальный"}, []string{"PRODUCT Остафьево"}},
		// (guard) a «комплекс» of another kind is no estate
		{"Ракету собрали на ракетно-космическом комплексе «Энергия».",
			[][2]string{{"Энергия", "ORGANIZATION"}},
			nil, []string{"FACILITY Энергия"}},
		// an organization or a post cut before a domain zone
		{"Генеральный директор ДОМ.РФ Виталий Мутко выступил.",
			[][2]string{{"Генеральный директор ДОМ", "PROFESSION"}, {"ДОМ", "ORGANIZATION"}},
			[]string{"PROFESSION Генеральный директор ДОМ.РФ", "ORGANIZATION ДОМ.РФ"}, []string{"ORGANIZATION ДОМ"}},
		// (guard) a dot before a space ends the name
		{"Акции купил Сбербанк. Ру Чжан заявил об этом.",
			[][2]string{{"Сбербанк", "ORGANIZATION"}},
			[]string{"ORGANIZATION Сбербанк"}, []string{"ORGANIZATION Сбербанк. Ру"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
