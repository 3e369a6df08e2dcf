package pipeline

import "testing"

// TestNewsS17Evner17 checks the news texts written in the seventeenth
// session by the helper evner17 (testdata/news-s17-evner17-*.txt): names
// of wars and revolutions, contests written with their year. Lines marked
// (guard) held before.
func TestNewsS17Evner17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-evner17-veteran.txt", "2026-05-09",
			[]string{
				"EVENT Второй мировой",              // «Ветеран Второй мировой»: was the ORDINAL alone
				"EVENT Великая Отечественная война", // (guard)
			},
			[]string{"Иван Петрович Соколов PARTICIPANT_IN Второй мировой"},
			nil},
		{"news-s17-evner17-worldcup.txt", "2026-06-02",
			[]string{
				"EVENT ЧМ-2026", // (guard)
				"EVENT ЧМ",      // (guard) «на ЧМ 16 июня», now nested in «ЧМ-2026» too
			},
			[]string{"Сборная Аргентины PARTICIPANT_IN ЧМ"}, // «состав на ЧМ-2026»: the contest nested
			nil},
		{"news-s17-evner17-history.txt", "2026-03-14",
			[]string{
				"EVENT Культурная революция",  // (guard) as a mention in the headline only
				"EVENT Великий поход",         // «участникам Великого похода»: was a CITY Великий
				"EVENT Октябрьская революция", // (guard)
			},
			[]string{"Культурная революция POINT_IN_TIME 1966—1976 годов"}, // the body's mention, added
			nil},
		{"news-s17-evner17-olympics.txt", "2026-01-20",
			[]string{"EVENT Олимпиада"}, // nested in «Олимпиаде-2026»
			[]string{"Анна Щербакова PARTICIPANT_IN Олимпиада"},
			nil},
	})
}

// TestNewsS17Evner17Absent lists what must not stand as an entity of its
// own in evner17's texts.
func TestNewsS17Evner17Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s17-evner17-history.txt", []string{"CITY Великий"}}, // «Великого похода»
	})
}
