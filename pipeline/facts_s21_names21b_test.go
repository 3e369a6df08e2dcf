package pipeline

import "testing"

// TestNewsS21names21b pins canonical names fixed by the twenty-first
// session's names21b helper (docs/names.md, its section).
func TestNewsS21names21b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-names21b-flood.txt", "2026-12-07",
			[]string{
				"CITY Эмилия-Романья",     // «В Эмилии-Романье»: was Эмилии-Романье (hyphenPlace)
				"CITY Франкфурт-на-Майне", // «власти Франкфурта-на-Майне»: was Франкфурта-на-Майна
				"CITY Набережные Челны",   // «Набережных Челнов», «В Набережных Челнах»: were two entities, Набережные Челнов and Набережные Челнах
				"CITY Гвинея-Бисау",       // «из Гвинеи-Бисау», «в Гвинею-Бисау»: were Гвинеи-Бисау and Гвинея-Биса
			},
			[]string{"акция TAKES_PLACE_IN Набережные Челны"}, nil},
		{"news-s21-names21b-visit.txt", "2026-12-07",
			[]string{
				"PERSON Фам Минь Тинь", // with «Фам Минь Тиню»: was a second person (syllabicGenitive)
				"PERSON Наама Иссахар", // with the lone «Наама»: was a second person «Наам» (writtenFirstName)
			},
			[]string{"Фам Минь Тинь PARTICIPANT_IN переговоры", "Наама Иссахар WORKS_AS певица"}, nil},
		{"news-s21-names21b-doping.txt", "2026-12-07",
			[]string{
				"PRODUCT мельдоний", // «употребление мельдония»: was мельдония (substance)
				"DISEASE кома",      // «впала в кому»: was ком (a dative after «в»)
				"CITY Богота",       // «в Боготу»: was Богот
			},
			[]string{"авария TAKES_PLACE_IN Богота"}, nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s21-names21b-visit.txt", []string{"PERSON Наам", "PERSON Фам Минь Тиню"}},
		{"news-s21-names21b-flood.txt", []string{"CITY Набережные Челнах", "CITY Гвинея-Биса"}},
	})
}
