package pipeline

import "testing"

// TestNewsS17Prof17 checks the news texts written in the seventeenth
// session by the helper prof17 (testdata/news-s17-prof17-*.txt): posts of a
// German land, a glued two-letter initial, a regnal number before a dot and
// a people's noun typed as a post. Lines marked (guard) held before.
func TestNewsS17Prof17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-prof17-bavaria.txt", "2026-03-12",
			[]string{
				"PROFESSION министр внутренних дел земли Бавария", // was «Министр внутренних дел», stopped by «земли»
				"STATE_OR_PROVINCE Бавария",                       // (guard)
			},
			[]string{
				"Иоахим Херрманн WORKS_AS Министр внутренних дел немецкой земли Бавария", // (guard)
				"Маркус Зёдер WORKS_AS премьер-министр земли Бавария",                    // (guard)
				"министр внутренних дел земли Бавария WORKPLACE Бавария",                 // the post now holds the land
			},
			nil},
		{"news-s17-prof17-senate.txt", "2026-01-21",
			[]string{"PROFESSION губернатор штата Техас"},                      // (guard)
			[]string{"Грег Эбботт WORKS_AS губернатор штата Техас"},            // (guard)
			[]string{"Дональд Трамп WORKS_AS директор национальной разведки"}}, // (guard)
		{"news-s17-prof17-king.txt", "2026-02-04",
			[]string{
				"NATIONALITY поляк", // «великий поляк и дирижёр»: was a PROFESSION
				"PERSON Харальд V",  // (guard)
			},
			[]string{
				"Кшиштоф Мейер ORIGINS_FROM поляк",   // was «WORKS_AS поляк»
				"Харальд V WORKS_AS Король Норвегии", // (guard)
			},
			[]string{"Кшиштоф Мейер WORKS_AS поляк"}},
	})
}

// TestNewsS17Prof17Absent lists what must not stand as an entity of its own
// in prof17's seventeenth-session texts.
func TestNewsS17Prof17Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s17-prof17-king.txt", []string{
			"PERSON Харальд V.", // «сам Харальд V.»: the sentence's dot, now left out
			"PROFESSION поляк",
		}},
		{"news-s17-prof17-bavaria.txt", []string{"PROFESSION премьер-министр земли"}}, // (guard)
	})
}
