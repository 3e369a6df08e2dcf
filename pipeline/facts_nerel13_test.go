package pipeline

import "testing"

// TestNewsNerel13 runs the pipeline over news texts written in the
// thirteenth session (helper on NEREL) for the names the build before
// typed or bounded otherwise than NEREL does, each rule found on NEREL
// dev's errors and checked on NEREL train (docs/ner.md).
func TestNewsNerel13(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-nerel13-concert.txt", "2025-05-05",
			[]string{
				"AWARD Grammy",           // was an ORGANIZATION after «премии»
				"FACILITY Карнеги-холл",  // was a CITY
				"FACILITY Таймс-Сквер",   // was a STATE_OR_PROVINCE
				"FACILITY Минск-арена",   // was an ORGANIZATION
				"AGE 14 лет",             // was the DATE «с 14 лет»
				"PERSON Акихито",         // was «Император Акихито»
				"PROFESSION Император",   // the monarch's rank, outside the person
				"PERSON Юрий Визбор",     // (guard: the full name)
				"PERSON Даниил Трифонов", // (guard)
			},
			nil, nil},
		{"news-nerel13-games.txt", "2025-05-05",
			[]string{
				"EVENT ЕГЭ-2013",   // was a DATE of the whole word
				"DATE 2013",        // the year alone, as NEREL tags it
				"DATE 2018",        // of «ЧМ-2018»
				"DATE 19",          // of «COVID-19»
				"DISEASE COVID-19", // (guard)
				"PRODUCT Раундап",  // was an ORGANIZATION after «торговыми марками»
				"PRODUCT Торнадо",  // likewise, listed
			},
			nil, nil},
		{"news-nerel13-hesse.txt", "2025-05-05",
			[]string{
				"STATE_OR_PROVINCE Гессен", // was a PERSON after «земли», a CITY in «ландтаге Гессена»
				"COUNTRY Армения",          // «в армянском Гаваре»: was a NATIONALITY
				"CITY Гавар",               // was a PERSON
				"PERSON Томас Шефер",       // was «Гессен Томас Шефер»
			},
			nil, nil},
	})
}

// TestNewsNerel13Absent lists what the build before found in the texts of
// TestNewsNerel13 and should not have.
func TestNewsNerel13Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-nerel13-concert.txt", []string{"ORGANIZATION Визбор", "PERSON Император Акихито"}},
		{"news-nerel13-games.txt", []string{"DATE ЕГЭ-2013", "DATE ЧМ-2018"}},
		{"news-nerel13-hesse.txt", []string{"PERSON Гаваре", "CITY Гессен", "PERSON Гессен Томас Шефер"}},
	})
}
