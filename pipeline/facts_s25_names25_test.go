package pipeline

import "testing"

// TestNewsS25names25 checks the canonical names and merges of helper
// names25 (twenty-fifth session) on short made-up news texts and older
// ones of testdata. Lines marked (guard) held before.
func TestNewsS25names25(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-names25-amur.txt", "2026-12-07",
			[]string{
				"CITY Николаевск-на-Амуре",  // «Жители Николаевска-на-Амуре»: was as written (bareLocative read the river's -е)
				"CITY Комсомольск-на-Амуре", // (guard)
				"CITY Ростов-на-Дону",       // (guard)
				"CITY Франкфурт-на-Майне",   // (guard)
			},
			[]string{"авария TAKES_PLACE_IN Ростов-на-Дону"},
			nil},
		{"news-s24-space24-crash.txt", "2026-12-07",
			[]string{"CITY Николаевск-на-Амуре"}, // was «Николаевска-на-Амуре»
			nil, nil},
		{"news-s25-names25-pilot.txt", "2026-12-07",
			[]string{
				"PROFESSION летчик-испытатель",                          // hyphenPost; was «летчиком-испытатель» and «летчика-испытатель», two entities
				"PROFESSION инженер-конструктор",                        // was «инженера-конструктор»
				"PROFESSION инженеры-конструкторы",                      // was «инженеров-конструкторы»
				"PROFESSION генеральный директор",                       // (guard)
				"ORGANIZATION Объединенная авиастроительная корпорация", // (guard) with «ОАК»
			},
			[]string{
				"Николай Иваненко WORKS_AS летчик-испытатель",
				"Анна Морозова WORKS_AS инженер-конструктор",
			},
			nil},
		{"news-s25-names25-iss.txt", "2026-12-07",
			[]string{"FACILITY Международная космическая станция", "PROFESSION летчик-испытатель", "PROFESSION инженер-конструктор"}, // (guard) МКС joins it as a FACILITY
			[]string{"Андрей Федяев WORKS_AS летчик-испытатель", "Сергей Котов WORKS_AS инженер-конструктор"},
			nil},
		{"news-s24-space24-spacewalk.txt", "2026-12-07",
			nil,
			// «российского сегмента МКС»: the nested «МКС», typed ORGANIZATION,
			// joins the FACILITY (mergeAcronymTypes); was a second entity «МКС»
			[]string{"Владимир Соловьев WORKPLACE Международная космическая станция"},
			[]string{"Владимир Соловьев WORKPLACE МКС"}},
		{"news-s24-space24-ms21.txt", "2026-12-07",
			nil,
			[]string{"Андрей Воропаев WORKS_AS летчик-испытатель"}, // was «летчика-испытатель»
			nil},
		{"news-s25-names25-crew.txt", "2026-12-07",
			[]string{
				"PERSON Павел Сидоров", // «О командире экипажа Павле Сидорове»: was «Павля Сидоров»
				"PERSON Кирилл Орлов",  // (guard)
				"ORGANIZATION Межгосударственный авиационный комитет", // (guard) with «МАК»
			},
			[]string{"Павел Сидоров WORKS_AS командир экипажа"},
			nil},
		{"news-s24-space24-china.txt", "2026-12-07",
			[]string{"STATE_OR_PROVINCE Ганьсу"}, // «провинции Ганьсу»: was «Ганьс» (regionKindName)
			nil, nil},
	})
}
