package pipeline

import "testing"

// TestNewsS18loc18 checks the town adjectives, districts and peoples'
// nouns of the eighteenth session's helper loc18 (testdata/news-s18-loc18-*.txt).
func TestNewsS18loc18(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-loc18-concert.txt", "2025-08-14",
			[]string{
				"CITY Гданьск", // (guard)
				"CITY Сопот",   // (guard)
			},
			[]string{
				"докеры ORIGINS_FROM Гданьск", // «гданьских докеров»: the town's adjective was no mention
			},
			[]string{
				"Гданьская PARTICIPANT_IN юбилей забастовки", // «Гданьская верфь» was a PERSON
			}},
		{"news-s18-loc18-mali.txt", "2026-02-03",
			[]string{
				"NATIONALITY туареги", // «повстанцев-туарегов» was no mention
			},
			[]string{
				"туареги ORIGINS_FROM Мали",
			},
			nil},
		{"news-s18-loc18-vandal.txt", "2025-11-09",
			[]string{
				"DISTRICT Кройцберг",    // (guard)
				"IDEOLOGY ультраправые", // (guard)
			},
			[]string{
				"Кройцберг LOCATED_IN Берлин", // «берлинском районе» was a DISTRICT, now the town's CITY
			},
			nil},
	})
}

// TestNewsS18loc18Absent checks the entities the rules of loc18 removed.
func TestNewsS18loc18Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s18-loc18-concert.txt", []string{"PERSON Гданьская"}},
		{"news-s18-loc18-vandal.txt", []string{"DISTRICT Берлинский район"}},
	})
}
