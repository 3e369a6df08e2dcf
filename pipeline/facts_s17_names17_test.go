package pipeline

import "testing"

// TestNewsS17Names17 checks the news texts written in the seventeenth
// session by the helper names17 (testdata/news-s17-names17-*.txt). Lines
// marked (guard) held before.
func TestNewsS17Names17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-names17-board.txt", "2026-01-14",
			[]string{
				"PERSON Камиля Шаймиева",              // «В совет директоров … вошла Камиля Шаймиева,»: was Камиль Шаймиев
				"PERSON Минтимер Шаймиев",             // (guard)
				"PERSON Елена Ковалёва-Мухаметзянова", // (guard) «— заявила председатель совета Елена Ковалёва-Мухаметзянова»
				"PERSON Гульназ Хабибуллина-Сафина",   // (guard)
			},
			nil, nil},
		{"news-s17-names17-visit.txt", "2026-02-12",
			[]string{
				"PERSON Кая Каллас",           // «к переговорам присоединилась Кая Каллас,»: was Кай Каллас
				"PERSON Урсула фон дер Ляйен", // (guard)
				"PERSON Эммануэль Макрон",     // (guard)
				"PERSON Антониу Кошта",        // (guard) now with «Кошту»: TestNewsS17Names17Absent
			},
			nil, nil},
		{"news-s17-names17-resign.txt", "2026-02-03",
			[]string{
				"PERSON Андрей Рахматуллин",        // (guard) now with «А.Рахматуллина»: TestNewsS17Names17Absent
				"PERSON Радий Хабиров",             // (guard) now with «Р.Хабиров»
				"PERSON Киаран Хоулетт",            // (guard) now with «Киарана Хоулетта»
				"PERSON Светлана Гареева-Латыпова", // (guard)
			},
			nil, nil},
		{"news-s17-names17-football.txt", "2025-10-23",
			[]string{"PERSON Лионель Месси", "PERSON Лионель Скалони"}, // (guard) «с Лионелем Месси», «Месси»
			nil, nil},
		{"news-s17-names17-deal.txt", "2026-04-10",
			[]string{
				"ORGANIZATION Reliance Industries",      // (guard) now with «Индийская Reliance» opening a sentence: TestNewsS17Names17Absent
				"ORGANIZATION Samsung Heavy Industries", // (guard)
			},
			nil, nil},
		{"news-s17-names17-court.txt", "2026-03-05",
			[]string{"PERSON Сергей Ковальчук-Дымов", "PERSON Анна Бережная"}, // (guard) a double surname in the genitive; «Бережная заявила»
			nil, nil},
	})
}

// TestNewsS17Names17Absent lists what must not stand as an entity of its
// own in the helper names17's texts.
func TestNewsS17Names17Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s17-names17-board.txt", []string{"PERSON Камиль Шаймиев", "PERSON Камиля"}},
		{"news-s17-names17-visit.txt", []string{"PERSON Кай Каллас", "PERSON Кошт"}}, // «поблагодарил Кошту» joins Антониу Кошта
		{"news-s17-names17-deal.txt", []string{"ORGANIZATION Индийская Reliance"}},   // joins Reliance Industries
		{"news-s17-names17-resign.txt", []string{
			"PERSON А.Рахматуллин",    // «поблагодарил А.Рахматуллина» joins Андрей Рахматуллин
			"PERSON Р.Хабиров",        // joins Радий Хабиров
			"PERSON Киарана Хоулетта", // «Письмо Киарана Хоулетта» joins «с Киараном Хоулеттом»
		}},
	})
}
