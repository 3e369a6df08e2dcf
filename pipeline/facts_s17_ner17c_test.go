package pipeline

import "testing"

// TestNewsS17Ner17c pins the persons of helper ner17c's news texts of the
// seventeenth session.
func TestNewsS17Ner17c(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-ner17c-family.txt", "2026-02-03",
			[]string{
				"PERSON Стефани",    // was a CITY after «дочь» (apposedCityPersons)
				"PERSON Бейонсе",    // (guard)
				"PERSON Шанталь",    // (guard)
				"PROFESSION певица", // (guard)
			},
			nil, nil},
		{"news-s17-ner17c-volga.txt", "2026-03-12",
			[]string{
				"LOCATION Приволжский", // was named «Приволжск», a town (townOfRegion, regionAdjectiveName)
				"LOCATION Урал",        // (guard)
			},
			nil, nil},
	})
}

// TestNewsS17Ner17cAbsent pins what helper ner17c's rules removed.
func TestNewsS17Ner17cAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s17-ner17c-family.txt", []string{"CITY Стефани"}},
		{"news-s17-ner17c-volga.txt", []string{"LOCATION Приволжск"}},
	})
}
