package pipeline

import "testing"

// TestNewsS20names20b pins the canonical names helper names20b fixed in
// the twentieth session: a post's head «глава» in the instrumental before
// a genitive, an event's name opening with an ordinal in digits, a
// foreign first name in apposition to a nationality's noun.
func TestNewsS20names20b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-names20b-forum.txt", "2026-05-14",
			[]string{
				"PROFESSION глава республики",                  // «с главой республики» (was «главая республика»)
				"EVENT 12-й Международный экономический форум", // (guard) already nominative
				"PROFESSION глава Татарстана",                  // (guard)
				"PERSON Рустам Минниханов",                     // (guard)
			},
			[]string{"Рустам Минниханов WORKS_AS глава республики"}, // (guard)
			nil},
		{"news-s20-names20b-chess.txt", "2026-10-03",
			[]string{
				"EVENT 7-й Международный шахматный фестиваль", // «Победителем 7-го Международного шахматного фестиваля» (was as written)
				"PERSON Даниэле Бертони",                      // «итальянец Даниэле Бертони» (was «Даниэла Бертони»)
				"PERSON Юхан Ярви",                            // «финну Юхану Ярви» (was «Юхану Ярви»)
				"PERSON Сергей Ковалев",                       // (guard)
			},
			[]string{"Юхан Ярви ORIGINS_FROM финн", "Даниэле Бертони ORIGINS_FROM Итальянец"},
			nil},
		{"news-s20-soc20-hockey.txt", "2026-11-14",
			[]string{"PERSON Уэйн Гретцки"}, // «принадлежал канадцу Уэйну Гретцки» (was «Уэйну Гретцки»)
			nil, nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s20-names20b-forum.txt", []string{"PROFESSION главая республика"}},
		{"news-s20-names20b-chess.txt", []string{"PERSON Даниэла Бертони", "PERSON Юхану Ярви", "EVENT 7-го Международного шахматного фестиваля"}},
	})
}
