package pipeline

import "testing"

// TestNewsS24rel24b pins the relations helper rel24b of the twenty-fourth
// session fixed on made-up news texts and on metal24's and trade24's
// (docs/relation.md, «Twenty-fourth session (helper rel24b)»), with guards.
func TestNewsS24rel24b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-rel24b-aluminium.txt", "2026-04-14",
			[]string{"ORGANIZATION Сибалюминий", "PERSON Павел Сорокин", "FACILITY Восточный"},
			[]string{
				"Павел Сорокин WORKPLACE Сибалюминий",              // «Президент группы Павел Сорокин», no group named (groupEmployer; was none)
				"Павел Сорокин WORKS_AS президент группы",          // guard: the model's own
				"Кузбасская топливная компания OWNER_OF Восточный", // «Разрез принадлежит компании …» after «на угольном разрезе „Восточный“» (ownedFacility; was none)
				"Восточный LOCATED_IN Кемеровская область",         // guard
			},
			[]string{"Павел Сорокин WORKPLACE ТАСС"}}, // guard: the agency is no business of the group
		{"news-s24-rel24b-export.txt", "2026-05-20",
			[]string{"ORGANIZATION Бюро промышленности и безопасности", "ORGANIZATION Министерство торговли США"},
			[]string{
				"Бюро промышленности и безопасности PART_OF Министерство торговли США", // «Бюро … (BIS) Министерства торговли США» (unitOfParent; was none)
				"Министерство торговли США HEADQUARTERED_IN США",                       // guard
			},
			nil},
		{"news-s24-metal24-nlmk.txt", "2026-07-15",
			nil,
			[]string{"Григорий Федоришин WORKPLACE Новолипецкий металлургический комбинат"}, // «Президент группы Григорий Федоришин» (groupEmployer; was none)
			nil},
		{"news-s24-metal24-mine-accident.txt", "2026-11-09",
			nil,
			[]string{
				"Сибирская угольная энергетическая компания OWNER_OF Талдинская-Западная", // «Шахта принадлежит …» (ownedFacility; was none)
				"Сибирская угольная энергетическая компания HEADQUARTERED_IN Сибирь",      // guard: NEREL relates a name's opening place adjective (train 16 of 19 LOCATION)
			},
			nil},
		{"news-s24-metal24-severstal.txt", "2026-10-22",
			[]string{"CITY Череповец"},
			[]string{"Череповецкий металлургический комбинат HEADQUARTERED_IN Череповец"}, // «Череповецкий» now the town's CITY (townKeys -цкий; was none)
			nil},
		{"news-s24-trade24-us-sanctions.txt", "2026-01-10",
			nil,
			[]string{"Управление по контролю за иностранными активами PART_OF Министерство финансов США"}, // «Управление … (OFAC) Министерства финансов США» (unitOfParent; was none)
			nil},
	})
}
