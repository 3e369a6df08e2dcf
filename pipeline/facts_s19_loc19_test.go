package pipeline

import "testing"

// TestNewsS19loc19 pins the place fixes of the nineteenth session's helper
// loc19 on fresh news texts (pipeline/testdata/news-s19-loc19-*.txt).
func TestNewsS19loc19(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s19-loc19-court.txt", "2026-02-03",
			[]string{
				"STATE_OR_PROVINCE Татарстан",              // «татарстанские следователи» was a COUNTRY
				"ORGANIZATION Казанский вертолётный завод", // (guard)
				"DISTRICT Авиастроительный район",          // (guard)
			},
			nil, nil},
		{"news-s19-loc19-festival.txt", "2026-06-20",
			[]string{
				"LOCATION Онежское озеро",   // «на набережной Онежского озера» was a FACILITY
				"STATE_OR_PROVINCE Карелия", // (guard)
			},
			nil, nil},
		{"news-s19-loc19-hospital.txt", "2026-01-09",
			[]string{
				"CITY Нижний Тагил",                      // (guard)
				"STATE_OR_PROVINCE Свердловская область", // (guard)
			},
			nil, nil},
		{"news-s19-loc19-bridge.txt", "2026-04-14",
			[]string{
				"STATE_OR_PROVINCE Московская область", // (guard) «Подмосковье» with it
				"CITY Серпухов",                        // (guard)
			},
			nil, nil},
	})
}

// TestNewsS19loc19Absent lists the entities the fixes of loc19 removed.
func TestNewsS19loc19Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		// «директора Казанского вертолётного завода»: a CITY of Казань
		{"news-s19-loc19-court.txt", []string{"PERSON Казанский", "COUNTRY Татарстан"}},
		// «Карельской государственной филармонии» with «Карелии»: the region
		{"news-s19-loc19-festival.txt", []string{"CITY Карелия", "FACILITY Онежское озеро"}},
		// «в Нижнем Тагиле Свердловской области»: a town and its region
		{"news-s19-loc19-hospital.txt", []string{"ORGANIZATION Нижний Тагил Свердловской области"}},
		// «Концерт транслировало Польское радио»: the country's adjective
		{"news-s18-ner18b-requiem.txt", []string{"CITY Польша"}},
	})
}
