package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestCultureNews pins the rules of the culture, sports, science and health news
// of the twentieth session (organizationOpeners, townAdjectiveType, the
// digit ordinal of contestEvent, the school, orchestra, record and hall
// nouns of the quoted kinds) through the whole Refine.
func TestCultureNews(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		// «Федерация» opening a body's name is its kind, no country
		{"Поздравление направил президент Федерации хоккея России Владислав Третьяк.",
			[][2]string{{"Федерации хоккея России", "ORGANIZATION"}, {"Федерации", "COUNTRY"}, {"России", "COUNTRY"}},
			[]string{"ORGANIZATION Федерации хоккея России", "COUNTRY России"}, []string{"COUNTRY Федерации"}},
		// (guard) the Federation Council's «Федерации» stays
		{"Закон одобрил Совет Федерации.",
			[][2]string{{"Совет Федерации", "ORGANIZATION"}, {"Федерации", "COUNTRY"}},
			[]string{"COUNTRY Федерации"}, nil},
		// a republic's hospital has no ideology
		{"Открылся новый корпус Республиканского клинического онкологического диспансера.",
			[][2]string{{"Республиканского клинического онкологического диспансера", "ORGANIZATION"}, {"Республиканского", "IDEOLOGY"}},
			[]string{"ORGANIZATION Республиканского клинического онкологического диспансера"}, []string{"IDEOLOGY Республиканского"}},
		// (guard) a party's does
		{"Кандидат Республиканской партии США выступил в Огайо.",
			[][2]string{{"Республиканской партии США", "ORGANIZATION"}, {"Республиканской", "IDEOLOGY"}, {"США", "COUNTRY"}},
			[]string{"IDEOLOGY Республиканской"}, nil},
		// a contest after an ordinal in digits
		{"Сборная завоевала четыре медали на 58-й Международной химической олимпиаде.",
			[][2]string{{"58-й Международной химической олимпиаде", "ORGANIZATION"}},
			[]string{"EVENT 58-й Международной химической олимпиаде"}, nil},
		// (guard) a unit after one is no contest
		{"Бойцы 58-й армии вернулись на базу.",
			[][2]string{{"58-й армии", "ORGANIZATION"}},
			[]string{"ORGANIZATION 58-й армии"}, nil},
		// a school's, a hall's and a record's quoted names
		{"Победителем стал ученик лицея «Вторая школа».",
			[][2]string{{"Вторая школа", "WORK_OF_ART"}},
			[]string{"ORGANIZATION Вторая школа"}, []string{"WORK_OF_ART Вторая школа"}},
		{"Презентация пройдёт в концертном зале «Крокус Сити Холл».",
			[][2]string{{"Крокус Сити Холл", "ORGANIZATION"}},
			[]string{"FACILITY Крокус Сити Холл"}, nil},
		{"Предыдущую пластинку «Тайная жизнь» музыканты выпустили в 2023 году.",
			[][2]string{{"Тайная жизнь", "ORGANIZATION"}},
			[]string{"WORK_OF_ART Тайная жизнь"}, nil},
		// a town's adjective read as a country's
		{"Исследования продолжат с Иркутским государственным университетом.",
			[][2]string{{"Иркутским государственным университетом", "ORGANIZATION"}, {"Иркутским", "COUNTRY"}},
			[]string{"CITY Иркутским"}, []string{"COUNTRY Иркутским"}},
		// (guard) a country's stays, and so does one whose stem ends in
		// -ск («боснийск»), which names no town
		{"Работу поддержал Российский научный фонд.",
			[][2]string{{"Российский научный фонд", "ORGANIZATION"}, {"Российский", "COUNTRY"}},
			[]string{"COUNTRY Российский"}, nil},
		{"Командир армии боснийских сербов Ратко Младич осуждён.",
			[][2]string{{"армии боснийских сербов", "ORGANIZATION"}, {"боснийских", "COUNTRY"}},
			[]string{"COUNTRY боснийских"}, nil},
		// (guard) a Latin team name after «команды» keeps its city
		{"Игроки команды Chicago Bulls одержали победу.",
			[][2]string{{"Chicago Bulls", "ORGANIZATION"}, {"Chicago", "CITY"}},
			[]string{"ORGANIZATION Chicago Bulls", "CITY Chicago"}, nil},
	}
	for _, tt := range tests {
		checkRuleCase(t, tt.text, tt.in, tt.want, tt.not, func(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
			return r.Refine(text, sents, ms)
		})
	}
}
