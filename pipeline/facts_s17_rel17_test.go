package pipeline

import "testing"

// TestNewsS17Rel17 checks the news texts written in the seventeenth
// session by the helper rel17 (testdata/news-s17-rel17-*.txt), on
// relations. Lines marked (guard) held before.
func TestNewsS17Rel17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-rel17-family.txt", "2026-03-22",
			nil,
			[]string{"Кэтрин Роуз PARENT_OF Джеймс Роуз"}, // «Мать американского продюсера Джеймса Роуза, Кэтрин Роуз»: the parent after the child's name
			[]string{"Кэтрин Роуз WORKS_AS продюсер"}},    // the post is the son's
		{"news-s17-rel17-talks.txt", "2026-01-14",
			nil,
			[]string{
				"Дмитрий Песков WORKS_AS Пресс-секретарь президента России", // (guard)
				"Владимир Зеленский WORKS_AS Украинский лидер",              // (guard) «По его словам, украинский лидер Владимир Зеленский»
			},
			nil},
		{"news-s17-rel17-summit.txt", "2026-04-09",
			nil,
			[]string{
				"Сергей Лавров WORKS_AS глава МИД России",                        // (guard)
				"Мария Захарова WORKS_AS официальный представитель министерства", // (guard)
			},
			nil},
		{"news-s17-rel17-tennis.txt", "2026-02-03",
			nil,
			[]string{"Кончита Мартинес WORKS_AS тренер", "Паула Бадоса WORKS_AS теннисистка"}, // (guard) both
			nil},
	})
}
