package pipeline

import "testing"

// TestNewsS17Names17b pins the canonical names of foreign persons whose
// first name agrees in no oblique case with the surname (helper names17b,
// seventeenth session).
func TestNewsS17Names17b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-names17b-summit.txt", "2026-03-12",
			[]string{
				"PERSON Тору Камикава",       // not «Тору Камикав»: Тору is no genitive
				"PERSON Хорхе Ларрионда",     // not «Хорх Ларрионда»: no locative without its preposition
				"PERSON Абдолреза Аббассиан", // a man's genitive surname would end in a vowel
			},
			nil, nil},
		{"news-s17-names17b-football.txt", "2026-02-03",
			[]string{
				"PERSON Хосе Мария Хименес", // (guard)
				"PERSON Игнасио Алонсо",     // (guard)
			},
			nil, nil},
	})
}
