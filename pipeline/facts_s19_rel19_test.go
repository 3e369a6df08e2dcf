package pipeline

import "testing"

// TestNewsS19rel19 pins the relations of the nineteenth session's helper
// rel19 on its fresh news (testdata/news-s19-rel19-*.txt).
func TestNewsS19rel19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-rel19-obituary.txt", "2026-03-14",
			nil,
			[]string{
				"Умер ALTERNATIVE_NAME скончался",          // the headline's death and the lead's, in other words
				"скончался ALTERNATIVE_NAME ушёл из жизни", // each new word of death to the nearest other before it
				"ушёл из жизни ALTERNATIVE_NAME смерть",    // «О смерти Горелова …»
			},
			nil},
		{"news-s19-rel19-summit.txt", "2026-04-22",
			nil,
			[]string{
				"Владимир Путин WORKS_AS Президент России",          // (guard) two presidents named: each his own post
				"Касым-Жомарт Токаев WORKS_AS президент Казахстана", // (guard)
				"Касым-Жомарт Токаев WORKPLACE Казахстан",           // (guard)
				"переговоры TAKES_PLACE_IN Астана",                  // (guard)
			},
			[]string{
				"Владимир Путин WORKPLACE Казахстан",
				"Касым-Жомарт Токаев WORKPLACE Россия",
			}},
		{"news-s19-rel19-composer.txt", "2026-02-03",
			nil,
			[]string{
				"Скончался ALTERNATIVE_NAME умер", // «Скончался композитор …» — «Композитор … умер в Санкт-Петербурге»
			},
			nil},
	})
}
