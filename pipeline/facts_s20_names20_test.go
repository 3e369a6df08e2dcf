package pipeline

import "testing"

// TestNewsS20names20 checks the canonical names and the merging of the
// names20 helper's news texts (testdata/news-s20-names20-*.txt). Lines
// marked (guard) held before the rule they pin.
func TestNewsS20names20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-names20-mafia.txt", "2026-03-03",
			[]string{
				"ORGANIZATION Дженовезе",  // «клана Дженовезе»: no preposition governs the word in -е (was Дженовез)
				"CITY Тусон",              // «в Тусоне»: no guessed «Тусоня» (was Тусоня)
				"PERSON Винсент Мараццо",  // (guard) an indeclinable surname beside a declined first name
				"PERSON Джеральд Шарджел", // (guard)
			},
			[]string{"задержан TAKES_PLACE_IN Тусон"}, // was «Тусоня»
			[]string{"Винсент Мараццо WORKPLACE Дженовез"}},
		{"news-s20-names20-bankruptcy.txt", "2026-04-05",
			[]string{
				"PERSON Марина Лебедь",             // a surname in -ь is no man's oblique case (was Марин Лебедь)
				"PERSON Алексей Викторович Ушаков", // (guard) Ушакова joins it
				"PERSON Ирина Кузьмина",            // (guard) an accusative
				"ORGANIZATION Уралстройинвест",     // (guard)
			},
			[]string{"Марина Лебедь WORKPLACE Уралстройинвест"},
			[]string{"Марин Лебедь WORKPLACE Уралстройинвест"}},
		{"news-s20-names20-awards.txt", "2026-09-19",
			[]string{
				"AWARD Дуслык", // a quoted name after its kind of award (was Дуслыки)
				"PERSON Гульнара Ильдаровна Сафиуллина",     // a woman's patronymic: not cut to «Гульнар Ильдаровн Сафиуллин» beside «Сафиуллину»
				"PERSON Ольга Петровна Вишневская-Лопатина", // (guard) a double surname in the dative
				"PERSON Наиль Гарифуллин",                   // (guard)
				"FACILITY Казанский кремль",                 // (guard)
			},
			[]string{"Гульнара Ильдаровна Сафиуллина AWARDED_WITH Дуслык"},
			nil},
	})
}
