package pipeline

import "testing"

// TestNewsS14 checks the news texts written in the fourteenth session by
// the lead (testdata/news-s14-*.txt). Lines marked (guard) held before.
func TestNewsS14(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s14-optics.txt", "2025-11-28",
			[]string{"ORGANIZATION Уральский оптико-механический завод имени Э. С. Яламова"},                                              // (guard) with the headline's name without «имени»: TestNewsS14Absent
			[]string{"VISIT(посетил) date=2025-11-18 agent=Денис Мантуров place=Уральский оптико-механический завод имени Э. С. Яламова"}, // the headline's name merged
			nil},
		{"news-s14-visit.txt", "2025-11-06",
			[]string{
				"CITY Лион",              // «поездкой в Лион»: was a PERSON
				"FACILITY аэропорт Орли", // «В аэропорту Орли»: was a PERSON
			},
			nil,
			[]string{"Орли AGENT встретил"}},
		{"news-s14-clinic.txt", "2025-12-03",
			[]string{
				"ORGANIZATION Национальный медицинский исследовательский центр имени академика Е. Н. Мешалкина", // was cut at «академика»
				"ORGANIZATION Центр ядерной медицины", // (guard) with «первый в Сибири центр ядерной медицины», which was «Сибирь центр …»: TestNewsS14Absent
			},
			[]string{
				"Александр Чернявский WORKS_AS директор НМИЦ имени Мешалкина",                                                              // the post ran over his name
				"директор НМИЦ имени Мешалкина WORKPLACE Национальный медицинский исследовательский центр имени академика Е. Н. Мешалкина", // «НМИЦ имени Мешалкина» merged
			},
			nil},
		{"news-s14-drones.txt", "2025-11-21",
			[]string{
				"STATE_OR_PROVINCE Брянская область", // «над Брянской и Курской областями»: «Брянской» was a CITY Брянск
				"STATE_OR_PROVINCE Курская область",  // was «Курской областями»
				"COUNTRY Украина",                    // «украинских»: was Украинск
			},
			[]string{"Александр Богомаз WORKS_AS губернатор Брянской области"}, // (guard)
			nil},
		{"news-s14-court.txt", "2025-11-28",
			[]string{"ORGANIZATION Следственный комитет"}, // «Следственным комитетом по части 4 статьи 159»: was «Следственный комитет по части»
			nil, nil},
	})
}

// TestNewsS14Absent lists what must not stand as an entity of its own in
// the lead's fourteenth-session texts.
func TestNewsS14Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s14-optics.txt", []string{"ORGANIZATION Уральский оптико-механический завод"}}, // the headline's name, merged
		{"news-s14-court.txt", []string{"ORGANIZATION Следственный комитет по части"}},        // «по части 4 статьи»: the grounds of the case
		{"news-s14-visit.txt", []string{"PERSON Лион", "PERSON Орли"}},
		{"news-s14-drones.txt", []string{"CITY Брянск", "STATE_OR_PROVINCE Курской областями", "COUNTRY Украинск"}},
		{"news-s14-clinic.txt", []string{
			"ORGANIZATION НМИЦ имени Мешалкина", // merged with the full name
			"ORGANIZATION НМИЦ имени Мешалкина Александр Чернявский",
			"ORGANIZATION Сибирь центр ядерной медицины",
		}},
	})
}
