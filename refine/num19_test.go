package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestNum19 pins the rules of numbers and dates of the nineteenth session
// (sectionOrdinals, abbreviatedMeasure, shortMonthDate, dativeAge, currencyNumber, perUnitEnd) through the whole Refine.
func TestNum19(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// a speed in short units runs over «/ч»; not over a date after a slash
		{"Перелёт на скорости 140 км/ч начнётся у Кале. Дорога 20 км/2019 закрыта.",
			[][2]string{{"140 км", "NUMBER"}, {"20 км", "NUMBER"}},
			[]string{"NUMBER 140 км/ч", "NUMBER 20 км"}, []string{"NUMBER 140 км"}},
		// a NUMBER that names a currency is a MONEY; a weight in pounds stays
		{"Сдачи со 100-долларовой купюры нет. Малыш весил 8 фунтов 6 унций.",
			[][2]string{{"100-долларовой", "NUMBER"}, {"8 фунтов 6 унций", "NUMBER"}},
			[]string{"MONEY 100-долларовой", "NUMBER 8 фунтов 6 унций"}, []string{"NUMBER 100-долларовой"}},
		// the years a dative pronoun «было» is an AGE
		{"Они познакомились, когда ему было всего пять лет. Ей исполнилось бы 20 лет. Было 5 лет до выборов.",
			[][2]string{{"пять лет", "DATE"}, {"20 лет", "DATE"}, {"5 лет", "DATE"}},
			[]string{"AGE пять лет", "AGE 20 лет", "DATE 5 лет"}, []string{"DATE пять лет"}},
		// a day with its month cut short is a DATE
		{"МОСКВА, 1 авг — РИА Новости. Доклад издали 12 сент. и в 3 изданиях.",
			[][2]string{{"1 авг", "NUMBER"}, {"12 сент.", "NUMBER"}, {"3", "NUMBER"}},
			[]string{"DATE 1 авг", "DATE 12 сент.", "NUMBER 3"}, []string{"NUMBER 1 авг"}},
		{"ЯКУТСК, 3 сент — ТАСС. Построено 22 станции.",
			[][2]string{{"3", "NUMBER"}, {"22", "NUMBER"}},
			[]string{"DATE 3 сент", "NUMBER 22"}, []string{"NUMBER 3"}},
		// an amount of a unit written short is a NUMBER, no MONEY
		{"Передатчик мощностью 2,5 кВт установили на крыше, он стоил 2 млн рублей.",
			[][2]string{{"2,5 кВт", "MONEY"}, {"2 млн рублей", "MONEY"}},
			[]string{"NUMBER 2,5 кВт", "MONEY 2 млн рублей"}, []string{"MONEY 2,5 кВт"}},
		// the number of an article or a part is its rank
		{"КоАП РФ 13.15 «Злоупотребление свободой массовой информации» дополняется частью 13.15.9 и частью 13.15.11.",
			[][2]string{{"КоАП РФ", "LAW"}, {"13.15.9", "NUMBER"}, {"13.15.11", "DATE"}},
			[]string{"ORDINAL 13.15", "ORDINAL 13.15.9", "ORDINAL 13.15.11"}, []string{"NUMBER 13.15.9", "DATE 13.15.11"}},
		// (guard) a document's number, a range, a count
		{"Приказ № 12.5 отменён. По пунктам 4.1.1-4.1.6 претензий нет. Часть 13.5 тонны продали.",
			[][2]string{{"12.5", "NUMBER"}, {"4.1.1", "NUMBER"}, {"13.5 тонны", "NUMBER"}},
			[]string{"NUMBER 12.5", "NUMBER 4.1.1"}, []string{"ORDINAL 12.5", "ORDINAL 4.1.1"}},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
