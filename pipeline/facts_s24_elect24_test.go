package pipeline

import "testing"

// TestNewsS24elect24 pins the twenty-fourth session's election news
// (helper elect24; docs/event.md, «Twenty-fourth session (helper
// elect24)»): election commissions and their results, candidates,
// deputies, governors acting and elected, resignations, party congresses,
// foreign elections.
func TestNewsS24elect24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-elect24-cik.txt", "2021-09-21",
			[]string{"ORGANIZATION Центральная избирательная комиссия России", "PERSON Элла Памфилова", "PERSON Наталья Бударина", "ORGANIZATION Новые люди"}, // (guard)
			[]string{
				"Элла Памфилова WORKPLACE ЦИК",            // (guard)
				"Наталья Бударина WORKS_AS секретарь ЦИК", // (guard)
			},
			nil},
		{"news-s24-elect24-acting.txt", "2019-03-18",
			[]string{"PERSON Алексей Текслер", "PERSON Борис Дубровский", "PROFESSION временно исполняющий обязанности губернатора Челябинской области"}, // (guard)
			[]string{
				"Алексей Текслер WORKS_AS временно исполняющий обязанности губернатора Челябинской области", // (guard)
				"Борис Дубровский WORKS_AS глава региона",                                                   // (guard)
				"APPOINTMENT(назначил) date= agent=Владимир Путин participant=Алексей Текслер",              // (guard)
			},
			// «Глава государства поблагодарил его» after the region's
			// former head: not he (localHolder)
			[]string{"Борис Дубровский WORKS_AS глава государства"}},
		{"news-s24-elect24-governor-vote.txt", "2023-09-11",
			// «Председатель облизбиркома Валерий Чайников»: missed
			// (electionCommissions, «избирком» in bodyStems)
			[]string{"ORGANIZATION облизбирком", "PERSON Евгений Куйвашев"},
			[]string{
				"Валерий Чайников WORKPLACE облизбирком",                    // was missing
				"Евгений Куйвашев WORKS_AS губернатор Свердловской области", // (guard)
				"Александр Ивачев MEMBER_OF КПРФ",                           // (guard)
			},
			nil},
		{"news-s24-elect24-congress.txt", "2021-06-19",
			[]string{"PERSON Денис Проценко", "PERSON Андрей Турчак", "ORGANIZATION Общероссийский народный фронт"}, // (guard)
			[]string{
				"Дмитрий Медведев WORKS_AS председатель партии",                        // (guard)
				"Елена Шмелева WORKS_AS председатель Общероссийского народного фронта", // (guard)
			},
			// «Федеральную часть списка возглавили министр обороны …»:
			// topping a list is no appointment (topped.go)
			[]string{"APPOINTMENT(возглавили) date=2021-06-19 agent=Сергей Шойгу agent=Сергей Лавров agent=Денис Проценко agent=Елена Шмелева agent=Анна Кузнецова"}},
		{"news-s24-elect24-nomination.txt", "2023-12-08",
			[]string{"PERSON Николай Харитонов", "PERSON Геннадий Зюганов", "ORGANIZATION Центризбирком"}, // (guard)
			[]string{
				"Николай Харитонов WORKS_AS депутат Государственной думы", // (guard)
				"Леонид Слуцкий MEMBER_OF ЛДПР",                           // (guard)
			},
			nil},
		{"news-s24-elect24-resign.txt", "2024-05-14",
			[]string{"PERSON Ирина Зикунова", "ORGANIZATION Законодательная дума Хабаровского края"}, // (guard)
			[]string{
				"Ирина Зикунова WORKS_AS председатель Законодательной думы Хабаровского края", // (guard)
				"Андрей Сидоров WORKS_AS вице-спикер",                                         // (guard)
			},
			nil},
		{"news-s24-elect24-foreign-pres.txt", "2025-06-02",
			[]string{"PERSON Кароль Навроцкий", "PERSON Рафал Тшасковский", "ORGANIZATION Право и справедливость"}, // (guard)
			[]string{
				"Дональд Туск WORKS_AS премьер-министр Польши", // (guard)
				"Рафал Тшасковский WORKS_AS мэр Варшавы",       // (guard)
				// «Инаугурация Навроцкого назначена на 6 августа» is ahead:
				// Макрон's call told after it in the past is not of that
				// day (daySetAhead; was date=2025-08-06)
				"MEETING(телефонном разговоре) date= agent=Эммануэль Макрон",
			},
			nil},
		{"news-s24-elect24-coalition.txt", "2025-04-09",
			[]string{"PERSON Фридрих Мерц", "PERSON Ларс Клингбайль", "ORGANIZATION Альтернатива для Германии"}, // (guard)
			[]string{
				"Маркус Зедер WORKS_AS председатель ХСС",                                // (guard)
				"ELECTION(изберет) date=2025-05-06 participant=Фридрих Мерц time=6 мая", // (guard)
			},
			nil},
		{"news-s24-elect24-regional-duma.txt", "2020-10-02",
			[]string{"PERSON Андрей Шимкив", "ORGANIZATION Законодательное собрание Новосибирской области"}, // (guard)
			[]string{
				"Андрей Шимкив MEMBER_OF Единая Россия",                       // (guard)
				"Андрей Травников WORKS_AS губернатор Новосибирской области",  // (guard)
				"ELECTION(избрали) date=2020-10-02 participant=Андрей Шимкив", // (guard)
			},
			nil},
		{"news-s24-elect24-appoint.txt", "2024-05-14",
			[]string{"PERSON Дмитрий Григоренко", "PERSON Валентина Матвиенко", "ORGANIZATION Совет Федерации"}, // (guard)
			[]string{
				"Дмитрий Григоренко WORKS_AS руководитель аппарата правительства",                  // (guard)
				"Валентина Матвиенко WORKS_AS спикер палаты",                                       // (guard)
				"APPOINTMENT(назначил) date= agent=Михаил Мишустин participant=Дмитрий Григоренко", // was date=2024-05-08, the «в среду» of «одобрил назначение Сергея Лаврова», whose noun had joined it (ev24b: befallen)
			},
			nil},
	})
}
