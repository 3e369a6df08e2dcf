package pipeline

import "testing"

// TestNewsS17Misc17 checks the news texts written in the seventeenth
// session by the helper misc17 (testdata/news-s17-misc17-*.txt): awards,
// dates, penalties, works and injuries. Lines marked (guard) held before.
func TestNewsS17Misc17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-misc17-awards.txt", "2026-01-14",
			[]string{
				"DATE в пятницу", // «в пятницу и субботу»: was one DATE
				"DATE субботу",
				"AWARD Государственная премия СССР", // (guard)
				"AWARD орден Почёта",                // (guard)
			},
			[]string{
				"Прощание POINT_IN_TIME в пятницу",        // was «в пятницу и субботу»
				"Игорь Лавров AWARDED_WITH Золотая маска", // (guard)
			},
			nil},
		{"news-s17-misc17-film.txt", "2026-02-10",
			[]string{
				"AWARD Гран-при фестиваля «Кинотавр»", // was untagged
				"WORK_OF_ART Один день из жизни",      // (guard) no DATE «Один день» in it
			},
			[]string{"Анна Мельникова AWARDED_WITH Гран-при фестиваля «Кинотавр»"},
			nil},
		{"news-s17-misc17-boxer.txt", "2026-03-03",
			[]string{"AWARD Чемпион мира"},                       // (guard) the first of «чемпион мира и Европы»
			[]string{"Андрей Сомов AWARDED_WITH чемпион России"}, // (guard)
			nil},
		{"news-s17-misc17-music.txt", "2026-05-05",
			[]string{
				"WORK_OF_ART Northern Lights", // «новый альбом Northern Lights»: was an ORGANIZATION
				"WORK_OF_ART Lighthouse",      // «трек Lighthouse»: was an ORGANIZATION
			},
			[]string{"Сплин PRODUCES Northern Lights"},
			nil},
		{"news-s17-misc17-health.txt", "2026-02-18",
			[]string{
				"DISEASE обморок",      // «упал в обморок»: was untagged
				"DISEASE гематома",     // «обнаружили гематому»: was untagged
				"DISEASE кровотечение", // was untagged
			},
			[]string{"Денис Орлов WORKS_AS нападающий омского «Авангарда»"}, // (guard)
			nil},
		{"news-s17-misc17-court.txt", "2026-04-22",
			[]string{
				"DATE в 2021—2022",     // (guard) the recognizer splits «в 2021—2022 и 2024—2025 годах»
				"DATE 2024—2025 годах", // (guard)
				"CRIME получение взятки в особо крупном размере", // (guard)
			},
			[]string{"Сергей Котов PENALIZED_AS восьми годам колонии строгого режима"}, // (guard)
			nil},
	})
}

// TestNewsS17Misc17Absent lists what must not stand as an entity of its
// own in misc17's seventeenth-session texts.
func TestNewsS17Misc17Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s17-misc17-awards.txt", []string{"DATE в пятницу и субботу"}},
		{"news-s17-misc17-film.txt", []string{"DATE Один день"}},
		{"news-s17-misc17-music.txt", []string{"ORGANIZATION Northern Lights", "ORGANIZATION Lighthouse"}},
	})
}
