package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestScience22 pins honoredAwards, spaceportNames and sharedMonthDays,
// each rule alone.
func TestScience22(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	awards := []ruleCase{
		// an award named after a person, read as an organization
		{"Физик стал лауреатом премии имени И. Я. Померанчука за 2025 год.",
			[][2]string{{"премии имени И. Я. Померанчука", "ORGANIZATION"}, {"И. Я. Померанчука", "PERSON"}},
			[]string{"AWARD премии имени И. Я. Померанчука", "PERSON И. Я. Померанчука"},
			[]string{"ORGANIZATION премии имени И. Я. Померанчука"}},
		// the person alone; a title and a metal's adjective
		{"Ученый удостоен золотой медали имени академика Курчатова.",
			[][2]string{{"Курчатова", "PERSON"}},
			[]string{"AWARD золотой медали имени академика Курчатова", "PERSON Курчатова"}, nil},
		// (guard) an institute named after a person stays an organization
		{"Он работает в институте имени Курчатова.",
			[][2]string{{"институте имени Курчатова", "ORGANIZATION"}, {"Курчатова", "PERSON"}},
			[]string{"ORGANIZATION институте имени Курчатова"}, []string{"AWARD институте имени Курчатова"}},
	}
	for _, tt := range awards {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.honoredAwards(text, sents, ms)
		})
	}
	spaceports := []ruleCase{
		// the name after «космодром» and its repeat alone
		{"Ракета стартовала с космодрома Восточный. Следующий пуск с Восточного запланирован на май.",
			[][2]string{{"Восточный", "LOCATION"}, {"Восточного", "LOCATION"}},
			[]string{"FACILITY Восточный", "FACILITY Восточного"}, []string{"LOCATION Восточный", "LOCATION Восточного"}},
		// a name no mention covers is added
		{"Спутник запустили с космодрома Плесецк.", nil, []string{"FACILITY Плесецк"}, nil},
		// (guard) the town of the same name; a text with no spaceport
		{"Корабль стартовал с космодрома Байконур. Экипаж живет в городе Байконуре.",
			[][2]string{{"Байконур", "CITY"}, {"Байконуре", "CITY"}},
			[]string{"FACILITY Байконур", "CITY Байконуре"}, []string{"FACILITY Байконуре"}},
		{"В Восточном округе открыли школу.", [][2]string{{"Восточном округе", "DISTRICT"}}, []string{"DISTRICT Восточном округе"}, nil},
	}
	for _, tt := range spaceports {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.spaceportNames(text, sents, ms)
		})
	}
	days := []ruleCase{
		// the first day joined to the date; its ordinal dropped
		{"Пересдать экзамен можно будет 3 и 4 июля.",
			[][2]string{{"3", "ORDINAL"}, {"4 июля", "DATE"}},
			[]string{"DATE 3 и 4 июля"}, []string{"ORDINAL 3", "DATE 4 июля"}},
		{"Форум пройдет 3, 4 и 5 июня 2026 года.",
			[][2]string{{"5 июня 2026 года", "DATE"}},
			[]string{"DATE 3, 4 и 5 июня 2026 года"}, nil},
		// (guard) a count before «и», not a day
		{"Он набрал 45 и 4 июля уехал.",
			[][2]string{{"45", "NUMBER"}, {"4 июля", "DATE"}},
			[]string{"NUMBER 45", "DATE 4 июля"}, nil},
	}
	for _, tt := range days {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.sharedMonthDays(text, sents, ms)
		})
	}
}
