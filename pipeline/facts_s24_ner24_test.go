package pipeline

import "testing"

// TestNewsS24ner24 pins the twenty-fourth session's fixes of entity types
// and extents (helper ner24; docs/ner.md, «Twenty-fourth session (helper
// ner24)») on three made-up wire texts.
func TestNewsS24ner24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-ner24-court.txt", "2026-12-07",
			[]string{
				"ORGANIZATION Басманный районный суд", // was «Басманный районный суд судья» (postTails)
				"PROFESSION судья",
				"PROFESSION финансовый директор банка", // was «директор банка» (rankedPosts, «финансов»)
				"PERSON Игорь Соколов",                 // guard
			},
			[]string{
				"Ольга Смирнова WORKS_AS финансовый директор банка", // was «… WORKS_AS директор банка»
				"Игорь Соколов WORKS_AS адвокат",                    // guard
			},
			[]string{
				"Ольга Смирнова WORKS_AS директор банка",
			}},
		{"news-s24-ner24-site.txt", "2026-12-07",
			[]string{
				"FACILITY Капустин Яр",                   // was a PERSON (siteNames)
				"LOCATION Москва-река",                   // was a CITY (riverCompound)
				"ORGANIZATION IT Army of Ukraine",        // was a WORK_OF_ART (latinHeadNames, «Army»)
				"STATE_OR_PROVINCE Астраханская область", // guard
			},
			[]string{
				"Капустин Яр LOCATED_IN Астраханская область",
			},
			[]string{
				"Капустин Яр WORKPLACE Полигон", // was there: the site read as a person
			}},
		{"news-s24-ner24-delegation.txt", "2026-12-07",
			[]string{
				"CITY Мумбаи",         // was a PERSON (motionPlaces)
				"ORGANIZATION Физтех", // was a PERSON (nicknamedUniversities)
				"ORGANIZATION Вышка",  // was not found
				"PROFESSION исполнительный директор ассоциации", // guard: the recognizer's own, rankedPosts adds nothing
				"PERSON Дмитрий Ливанов",                        // guard
			},
			[]string{
				"переговоры TAKES_PLACE_IN Мумбаи", // was «Мумбаи PARTICIPANT_IN переговоры»
				"VISIT(прибыла) date=2026-12-01 agent=российские университеты time=во вторник place=Мумбаи",
				"Дмитрий Ливанов WORKS_AS ректор МФТИ", // guard
			},
			[]string{
				"Мумбаи PARTICIPANT_IN переговоры",
			}},
	})
}
