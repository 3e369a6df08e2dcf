package pipeline

import "testing"

// TestNewsS21region21 pins the facts of regional and municipal news
// (twenty-first session, helper region21): governors, mayors and heads of
// districts, regional ministries, villages, roads, bridges, schools and
// hospitals, budgets, appointments and resignations.
func TestNewsS21region21(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-region21-bridge.txt", "2026-10-14",
			[]string{
				// was «министр транспорта» (extendCoordination, ministerLemmas)
				"PROFESSION министр транспорта и автомобильных дорог Нижегородской области",
				"PERSON Глеб Никитин", "ORGANIZATION Мостострой-12", // (guard)
			},
			[]string{
				"Алексей Пылин WORKS_AS министр транспорта и автомобильных дорог Нижегородской области",
				"SIGNING(подписал соглашение) date=2026-10-14 agent=Глеб Никитин", // (guard)
			},
			[]string{
				// «Генеральным подрядчиком выступит компания …» (organizationsRole)
				"Глеб Никитин WORKS_AS генеральный подрядчик",
				// was there, of «По словам министра …, документация получила заключение Главгосэкспертизы»
				"Алексей Пылин WORKPLACE Главгосэкспертиза",
			}},
		{"news-s21-region21-school.txt", "2026-09-01",
			[]string{
				"STATE_OR_PROVINCE Якутия",               // was a CITY (regionType, republicNames)
				"PERSON Евгения Григорьева",              // was «Евгений Григорьев» (womanSurnames)
				"PROFESSION министр образования и науки", // was «министр образования»
				"PERSON Айсен Николаев",                  // (guard)
			},
			[]string{
				"Михаил Прокопьев WORKS_AS министр образования и науки",
				"Республика Саха ALTERNATIVE_NAME Якутия",       // was missing: «Якутия» was a CITY
				"Айсен Николаев WORKS_AS глава Республики Саха", // (guard)
			},
			nil},
		{"news-s21-region21-village.txt", "2026-03-05",
			[]string{
				"STATE_OR_PROVINCE Бурятия",                                     // «в Бурятии» of the headline was a COUNTRY of its own
				"CITY Тарбагатай", "CITY Нижний Саянтуй", "CITY Верхние Тальцы", // (guard)
				"ORGANIZATION Минздрав Бурятии", // (guard)
			},
			[]string{
				"Тарбагатай LOCATED_IN Тарбагатайский район",               // (guard)
				"Евгений Лудупов WORKS_AS министр здравоохранения Бурятии", // (guard)
			},
			nil},
		{"news-s21-region21-visit.txt", "2026-05-29",
			[]string{
				// «на Ворошиловском мосту» was an entity of its own, named so (baseCase)
				"FACILITY Ворошиловский мост",
			},
			[]string{
				"VISIT(посетил) date=2026-05-29 place=Ростов-на-Дону agent=Марат Хуснуллин", // (guard)
				"Александр Скрябин WORKS_AS глава администрации Ростова-на-Дону",            // (guard)
			},
			nil},
		{"news-s21-region21-duma.txt", "2026-01-28",
			[]string{"PERSON Александр Романов", "PERSON Роман Бусаргин"}, // (guard)
			[]string{
				"Роман Бусаргин WORKS_AS губернатор Саратовской области",                       // (guard)
				"ELECTION(избрали) date=2026-01-28 time=в среду participant=Александр Романов", // (guard)
			},
			// «Романова» is Александр Романов's surname (othersSurname)
			[]string{"Роман Бусаргин ALTERNATIVE_NAME Александр Романов"}},
		{"news-s21-region21-budget.txt", "2026-12-10",
			[]string{"ORGANIZATION Законодательное собрание Свердловской области", "PERSON Ольга Ярина"}, // (guard)
			[]string{"Ольга Ярина WORKS_AS министр финансов Свердловской области"},                       // (guard)
			// «Ярина уточнила, что на ремонт дорог предусмотрено 18 млрд рублей» (reportedMoney)
			[]string{"Ольга Ярина EXPENDITURE 18 млрд рублей"}},
		{"news-s21-region21-hospital.txt", "2026-06-18",
			[]string{
				// missed (ministryShortNames)
				"ORGANIZATION Минздрав Кузбасса", "ORGANIZATION Минздрав",
				"PERSON С.В. Беляев", // (guard)
			},
			[]string{
				"Илья Середюк WORKS_AS губернатор Кемеровской области",   // (guard)
				"Михаил Малин WORKS_AS министр здравоохранения Кузбасса", // (guard)
			},
			nil},
		{"news-s21-region21-road.txt", "2026-08-26",
			[]string{
				"CITY Новые Ляды",            // missed (settlementPairs)
				"FACILITY М-12", "CITY Арск", // (guard)
			},
			[]string{"Рустам Минниханов WORKS_AS президент Татарстана"}, // (guard)
			nil},
		{"news-s21-region21-appoint.txt", "2026-04-15",
			[]string{"PERSON Евгений Хромушин", "PERSON Илья Бурштейн"}, // (guard)
			[]string{
				"APPOINTMENT(назначил) date=2026-04-15 agent=Андрей Воробьев participant=Евгений Хромушин", // (guard)
				"Илья Бурштейн WORKS_AS заместитель председателя правительства Московской области",         // (guard)
			},
			nil},
		{"news-s21-region21-mayor.txt", "2026-09-22",
			[]string{"PERSON Ольга Кузнецова", "ORGANIZATION Барнаульская городская дума"}, // (guard)
			[]string{
				"Ольга Кузнецова PLACE_OF_BIRTH Рубцовск",                              // (guard)
				"Вячеслав Франк WORKS_AS мэр Барнаула",                                 // (guard)
				"DISMISSAL(отставку) date=2026-08 agent=Вячеслав Франк time=в августе", // (guard)
			},
			nil},
		{"news-s21-region21-resign.txt", "2026-11-03",
			[]string{"PERSON Сергей Жирков", "ORGANIZATION Дорстрой"}, // (guard)
			[]string{
				"Сергей Жирков WORKS_AS глава городского округа Ступино Московской области", // (guard)
				"APPOINTMENT(назначен) date=2026-11-02 participant=Андрей Морозов",          // (guard)
			},
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s21-region21-village.txt", []string{"COUNTRY Бурятия"}},
		{"news-s21-region21-visit.txt", []string{"FACILITY Ворошиловском мосту"}},
		{"news-s21-region21-school.txt", []string{"PERSON Евгений Григорьев", "CITY Якутия"}},
	})
}
