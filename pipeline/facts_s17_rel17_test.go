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
		{"news-s17-rel17-tennis.txt", "2026-02-03",
			nil,
			[]string{"Кончита Мартинес WORKS_AS тренер", "Паула Бадоса WORKS_AS теннисистка"}, // (guard) both
			nil},
	})
}
