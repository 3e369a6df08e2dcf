package pipeline

import "testing"

// TestNewsS24ner24b pins the twenty-fourth session's second set of fixes of
// entity types (helper ner24b; docs/ner.md, «Twenty-fourth session (helper
// ner24b)») on two made-up wire texts.
func TestNewsS24ner24b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-ner24b-gold.txt", "2026-12-07",
			[]string{
				"LOCATION Сухой Лог",          // was a PERSON (siteNames, «месторождение»)
				"PERCENT 34-процентную",       // was a NUMBER (percentAdjective)
				"ORGANIZATION Полюс",          // guard
				"PERSON Алексей Вострокнутов", // guard
			},
			[]string{
				"Сухой Лог LOCATED_IN Бодайбинский район", // was missing
				"Алексей Вострокнутов WORKPLACE Полюс",    // guard
			},
			[]string{
				"Сухой Лог WORKS_AS золотодобытчик", // was there: «золотодобытчик» a PROFESSION (companyTradeNouns)
				"Сухой Лог WORKPLACE Полюс",         // was there in a shorter wording (a PERSON beside the company)
			}},
		{"news-s24-ner24b-bridge.txt", "2026-12-07",
			[]string{
				"CITY Хэйхэ", // was a PERSON, both times (routeCities, «мост»; cityRepeats the second)
				"CITY Благовещенск",
				"PROFESSION уполномоченный по правам человека", // was missing (ombudsmanPosts)
				"PERSON Людмила Пушкарева",
				"ORGANIZATION Справедливая Россия — За правду", // was «Справедливая Россия», cut at the dash (dashedNames)
			},
			[]string{
				"Людмила Пушкарева WORKS_AS уполномоченный по правам человека", // was missing
				"Василий Орлов WORKS_AS губернатор Амурской области",           // guard
			},
			nil},
		{"news-s24-ner24b-party.txt", "2026-12-07",
			[]string{
				"PROFESSION секретарь генсовета партии «Единая Россия»", // was missing (secretaryPosts)
				"PROFESSION лидер «Справедливой России — За правду»",    // was «лидер «Справедливой России»» (dashedNames)
				"ORGANIZATION Справедливая Россия — За правду",          // was «Справедливая Россия»
				"ORGANIZATION Единая Россия",                            // guard
			},
			[]string{
				"Владимир Якушев WORKS_AS секретарь генсовета партии «Единая Россия»", // was missing
				"Сергей Миронов WORKPLACE Справедливая Россия — За правду",            // was «… Справедливая Россия»
				"Владимир Якушев MEMBER_OF Единая Россия",                             // guard
			},
			[]string{
				"Сергей Миронов WORKPLACE Справедливая Россия",
			}},
	})
}
