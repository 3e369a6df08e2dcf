package pipeline

import "testing"

// TestNewsS19per19 checks the PERSON mentions of adjectives made from a
// surname (refine/personadj.go) and the FAMILY mentions of «семья»/«клан»
// and a name (refine/family.go) in the news texts of the nineteenth
// session.
func TestNewsS19per19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-per19-festival.txt", "2025-07-25",
			[]string{
				"PERSON Шукшинские",     // was no mention: the writer of «Шукшинские дни на Алтае»
				"PERSON Шукшинских",     // was no mention
				"PERSON Шукшинская",     // (guard)
				"PERSON Василий Шукшин", // (guard)
			},
			nil, nil},
		{"news-s19-per19-family.txt", "2026-03-12",
			[]string{
				"FAMILY Семья Обамы", // was no mention
				"PERSON Барак Обама", // (guard)
			},
			nil, nil},
		{"news-s19-per19-clan.txt", "2026-02-04",
			[]string{
				"FAMILY Клан Назарбаевых", // was no mention
				"PERSON назарбаевская",    // was no mention: «назарбаевской эпохи»
			},
			nil, nil},
	})
}

// TestNewsS19per19Absent checks that no FAMILY is made of a plural surname
// after «семья» (NEREL marks the surname alone, or nothing).
func TestNewsS19per19Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s19-per19-family.txt", []string{"FAMILY семья Клинтонов", "FAMILY Семья Клинтонов"}}, // (guard)
	})
}
