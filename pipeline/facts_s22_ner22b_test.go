package pipeline

import "testing"

// TestNewsS22ner22b runs the pipeline over the news of the twenty-second
// session's helper ner22b (testdata/news-s22-ner22b-*.txt, made up in the
// style of Russian wire reports) and pins the entity types and extents its
// refine rules fixed, with guards for what was right.
func TestNewsS22ner22b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-ner22b-museum.txt", "2026-12-04",
			[]string{
				"ORGANIZATION Эрмитаж",      // was a CITY «в Эрмитаже» (museumName); now one entity with «Эрмитажа»
				"STATE_OR_PROVINCE Сахалин", // was a CITY (islandRegion)
				"PERSON Михаил Пиотровский", // guard
				"PERSON Валерий Лимаренко",  // guard
			},
			[]string{
				"Михаил Пиотровский WORKS_AS генеральный директор Эрмитажа",                                     // guard
				"OPENING(открыл выставку) date=2026-12-03 agent=Валерий Лимаренко place=Эрмитаж time=в четверг", // guard
			},
			nil},
		{"news-s22-ner22b-oil.txt", "2026-12-02",
			[]string{
				"ORGANIZATION ОПЕК+", // was «ОПЕК» (plusName)
				"PRODUCT WTI",        // was an ORGANIZATION: «Цена нефти марки WTI» (brandProduct)
				"PRODUCT Brent",      // was an ORGANIZATION: «на нефть марки Brent» (oilGrades)
				"PRODUCT Urals",      // was an ORGANIZATION: «нефть Urals» (oilGrades)
				"ORGANIZATION ICE",   // guard
			},
			[]string{"MEETING(встреча) date=2027-03-01 participant=ОПЕК+ time=1 марта place=Вена"}, // participant was ОПЕК
			[]string{
				"MEETING(встреча) date=2027-03-01 participant=ОПЕК time=1 марта place=Вена",
				"Brent HEADQUARTERED_IN Лондон", // was there, Brent an ORGANIZATION
				"Urals HEADQUARTERED_IN Россия", // was there
			}},
		{"news-s22-ner22b-railway.txt", "2026-12-01",
			[]string{
				"ORGANIZATION Октябрьская железная дорога", // the headline's and the body's «Октябрьская …» were a DATE (organizationRepeats' monthDateOpening)
				"CITY Минеральные Воды",                    // was no mention (listedNames)
				"CITY Мурманск",                            // guard
			},
			[]string{"Октябрьская железная дорога AGENT назначила дополнительные поезда"}, // was «назначила … POINT_IN_TIME Октябрьская»
			[]string{"назначила дополнительные поезда POINT_IN_TIME Октябрьская"}},        // (the DATE nested in «пресс-служба Октябрьской железной дороги» goes too: monthDatesInNames)
		{"news-s21-intl21-election.txt", "2026-06-01",
			[]string{"ORGANIZATION Организация американских государств"}, // was no mention, and «американских» a COUNTRY США (listedNames, continentAdjectiveStates)
			nil, nil},
	})
}
