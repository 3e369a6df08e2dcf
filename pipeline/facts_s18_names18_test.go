package pipeline

import "testing"

// TestNewsS18names18 pins the canonical names of the eighteenth session's
// names helper (docs/names.md, «Eighteenth session (helper names18)»).
func TestNewsS18names18(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-names18-skating.txt", "2026-01-12",
			[]string{
				"PERSON Аделина Сотникова", // a woman's first name: her surname agrees, after «2024 года»
				"PERSON Алина Загитова",    // (guard)
			},
			nil, nil},
		{"news-s18-evner18-tennis.txt", "2025-09-05",
			[]string{"PERSON Аделина Сотникова"}, // after «Сочи-2014»
			nil, nil},
		{"news-s18-names18-board.txt", "2026-03-03",
			[]string{
				"PERSON Камиля",          // the subject of «возглавила», not Камиль's genitive
				"PERSON Урал Рахимов",    // (guard)
				"PERSON Муртаза Рахимов", // (guard)
			},
			nil, nil},
		{"news-s18-names18-forum.txt", "2026-05-18",
			[]string{
				"PERSON Ннека Угбома", // «, Ннека Угбома - руководитель»: nominative by the dash and the post
				"PERSON Марта Сильва", // (guard)
			},
			nil, nil},
		{"news-s18-org18-family.txt", "2026-04-14",
			[]string{"PERSON Камиля"}, // «внучка Шаймиева Камиля вошла»
			nil, nil},
	})
}

func TestNewsS18names18Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s18-names18-skating.txt", []string{"PERSON Аделин Сотников"}},
		{"news-s18-names18-board.txt", []string{"PERSON Камиль"}},
		{"news-s18-names18-forum.txt", []string{"PERSON Ннек Угбом"}},
	})
}
