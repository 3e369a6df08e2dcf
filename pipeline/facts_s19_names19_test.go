package pipeline

import "testing"

// TestNewsS19names19 pins the nineteenth session's names rules (helper
// names19) on fresh news: foreign names in oblique cases, a surname two
// full names share, initials.
func TestNewsS19names19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-names19-referee.txt", "2026-03-14",
			[]string{"PERSON Хорхе Ларрионда"}, // (guard) «Хорхе Ларрионда назначен»; «о Хорхе Ларрионде» and «Ларрионды» now join it
			nil, nil},
		{"news-s19-names19-court.txt", "2026-01-20",
			[]string{"PERSON Джаред Лофнер"}, // «продлил арест Джареду Лофнеру»: the dative, with «Лофнеру» and «Дж. Лофнер»
			nil, nil},
		{"news-s19-names19-family.txt", "2026-02-02",
			[]string{"PERSON Муртаза Рахимов", "PERSON Ильдар Рахимов"}, // (guard)
			nil, nil},
	})
}

func TestNewsS19names19Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s19-names19-referee.txt", []string{"PERSON Хорхе Ларрионд", "PERSON Хорх Ларрионд"}}, // «о Хорхе Ларрионде» joins Хорхе Ларрионда
		{"news-s19-names19-court.txt", []string{"PERSON Джареду Лофнеру", "PERSON Дж. Лофнер"}},     // one person
		{"news-s19-names19-family.txt", []string{"PERSON Рахимов"}},                                 // «внучка Рахимова» after «сыновья Муртазы Рахимова»: his
	})
}
