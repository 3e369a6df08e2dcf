package pipeline

import "testing"

// TestNewsS17Rel17b checks relations the seventeenth session's helper
// rel17b fixed (docs/relation.md): the relations listed last in a case are
// wrong ones a rule removed. Lines marked (guard) held before the rule
// they pin.
func TestNewsS17Rel17b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-rel17b-appeal.txt", "2025-11-20",
			nil,
			[]string{
				"Кристиан Бергер CONVICTED_OF мошенничество", // (guard)
			},
			[]string{
				"Кристиан Бергер WORKS_AS адвокаты", // «Адвокаты Кристиана Бергера»: their client
			}},
	})
}
