package pipeline

import "testing"

// TestNewsS15Nat15 checks the news texts written in the fifteenth session by
// the helper nat15 (testdata/news-s15-nat15-*.txt): a country's adjective
// before a state's office holder, and a city's dateline in capitals. Lines
// marked (guard) held before.
func TestNewsS15Nat15(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-nat15-royal.txt", "2025-11-20",
			[]string{
				"COUNTRY Испания",        // «Испанская королева»: was a NATIONALITY
				"COUNTRY Австрия",        // «Австрийский посол»: was a NATIONALITY
				"CITY Кишинёв",           // (guard) «посетила Кишинёв»; the dateline «КИШИНЁВ,» merged into it
				"NATIONALITY Молдавский", // (guard) «Молдавский актёр» stays a people
			},
			nil, nil},
		{"news-s15-nat15-summit.txt", "2026-03-12",
			[]string{
				"COUNTRY Великобритания",  // (guard) «Британский премьер»
				"COUNTRY Япония",          // (guard) «японский дипломат»
				"NATIONALITY Французский", // (guard) «Французский писатель»
			},
			nil, nil},
	})
}

// TestNewsS15Nat15Absent lists what must not stand as an entity of its own
// in the helper nat15's fifteenth-session texts.
func TestNewsS15Nat15Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s15-nat15-royal.txt", []string{
			"COUNTRY Кишинёв",         // the dateline «КИШИНЁВ, 20 ноября»
			"NATIONALITY Испанская",   // the queen's state
			"NATIONALITY Австрийский", // the ambassador's state
		}},
		{"news-s15-nat15-summit.txt", []string{
			"NATIONALITY российско-британская", // a compound of two countries, never tagged whole
		}},
	})
}
