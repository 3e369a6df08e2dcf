package pipeline

import "testing"

// TestNewsS18evner18 checks the EVENT mentions of the eighteenth session's
// helper evner18: a contest or a gathering counted with a Roman numeral
// (numberedEvents), a military operation with its town or river
// (siegeEvents), the games of a town and a year (cityYearGames), an open
// tennis championship (openTournaments), a named genocide
// (namedGenocides). Lines marked (guard) held before.
func TestNewsS18evner18(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s18-evner18-veteran.txt", "2026-03-20",
			[]string{
				"EVENT форсирование Днепра",                // was no mention
				"EVENT освобождение Киева",                 // was no mention
				"EVENT штурм Кёнигсберга",                  // was «штурме» alone
				"AWARD За оборону Москвы",                  // (guard) a medal, no EVENT inside
				"EVENT Всесоюзная учительская конференция", // (guard)
			},
			nil, nil},
		{"news-s18-evner18-contest.txt", "2026-06-05",
			[]string{
				"EVENT XVIII Международный конкурс имени Чайковского",  // was the contest without its number
				"EVENT Международный конкурс имени Чайковского",        // (guard) nested, as NEREL dev
				"EVENT XVII Международного конкурса имени Чайковского", // (guard)
				"ORDINAL XVIII", // (guard)
			},
			nil, nil},
		{"news-s18-evner18-tennis.txt", "2025-09-08",
			[]string{
				"EVENT U.S. Open",       // was «U.S.» alone, a COUNTRY
				"EVENT Australian Open", // (guard)
				"EVENT Сочи-2014",       // was the DATE «2014» alone
				"CITY Сочи",             // the host town inside
			},
			nil, nil},
		{"news-s18-evner18-memory.txt", "2026-04-25",
			[]string{"EVENT Геноцид армян"}, // (guard) «о Геноциде армян» joins it now
			nil, nil},
		{"news-s18-evner18-forum.txt", "2025-11-20",
			[]string{
				"EVENT II Всероссийская научная конференция", // was the conference without its number
				"EVENT оборона Сталинграда",                  // was no mention
				"EVENT блокада Ленинграда",                   // was no mention
			},
			nil, nil},
	})
}

// TestNewsS18evner18Absent checks the mentions evner18's rules must not
// make.
func TestNewsS18evner18Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		// «медалью „За оборону Москвы“»: a medal's name, not the battle
		{"news-s18-evner18-veteran.txt", []string{"EVENT оборона Москвы"}}, // (guard)
		// «Доклад о битве за Москву»: NEREL leaves «за» and its place out
		{"news-s18-evner18-forum.txt", []string{"EVENT битва за Москву"}}, // (guard)
		// «помнить о Геноциде армян»: was «Геноциде» alone, a COUNTRY
		{"news-s18-evner18-memory.txt", []string{"COUNTRY Геноцид"}},
	})
}
