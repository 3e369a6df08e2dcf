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
		{"news-s17-evner17-history.txt", "2025-11-20",
			nil,
			[]string{
				"выставка HAS_CAUSE Культурная революция", // (guard)
			},
			[]string{
				"выставка ALTERNATIVE_NAME Культурная революция", // «выставка, посвящённая Культурной революции»: its topic
			}},
		{"news-s17-misc17-music.txt", "2025-11-20",
			nil,
			[]string{
				"Сплин PRODUCES Northern Lights", // (guard)
			},
			[]string{
				"Northern Lights ALTERNATIVE_NAME Lighthouse", // «альбом Northern Lights», «трек Lighthouse»: two works
			}},
	})
}
