package pipeline

import "testing"

// TestNewsS13 checks the news texts written in the thirteenth session by
// the lead (testdata/news-s13-*.txt): full names the canonicalizer left in
// an oblique case, joined to their nominative; posts that the words around
// them give another person; a second meeting; quoted names of kinds of
// organizations and model codes after product nouns. Lines marked
// (guard) held before: what merging names must not bring along.
func TestNewsS13(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s13-un.txt", "2025-11-20",
			[]string{
				"PERSON Антониу Гутерриш", // (guard) with «Антониу Гутерришу»: TestNewsS13Absent
				"PERSON Джо Локхарт",      // (guard)
				"PERSON Кая Каллас",       // (guard)
				"ORGANIZATION Высшая школа экономики",
			},
			nil,
			[]string{
				"Антониу Гутерриш WORKS_AS президент США", // (guard: was on a separate «Антониу Гутерришу») «Антониу Гутерришу позвонил президент США»
				"Антониу Гутерриш WORKPLACE США",
			}},
		{"news-s13-governors.txt", "2025-11-20",
			[]string{
				"PERSON Ирина Яровая",          // with «Ириной Яровой», read as «Ирина Ярова»
				"PERSON Николя де Ла Гранвиль", // (guard) with «Де Ла Гранвиль» opening a sentence
			},
			[]string{"MEETING(встрече) date= participant=Антон Алиханов"}, // «На встрече с Алихановым»: another meeting
			[]string{
				"Ирина Яровая WORKS_AS председатель Совета Федерации", // (guard: was on «Ирина Ярова») «… не согласилась Валентина Матвиенко, председатель Совета Федерации»
				"Ирина Яровая WORKPLACE Совет Федерации",
			}},
		{"news-s13-court-business.txt", "2025-11-20",
			[]string{"ORGANIZATION Русал"}, // «перешел в „Русал“»: was «Русала»
			nil,
			[]string{
				"Алексей Бондаренко WORKPLACE Уралстрой", // «от директора строительной компании „Уралстрой“ Олега Петрищева»
				"Алексей Бондаренко WORKS_AS адвокат",    // «Адвокат Бондаренко Марина Литвинова»
			}},
		{"news-s13-industry.txt", "2025-11-20",
			[]string{
				"PRODUCT Ми-28НМ",             // was a FACILITY
				"ORGANIZATION Северная верфь", // was a WORK_OF_ART
			},
			nil, nil},
		{"news-s13-ministers.txt", "2025-11-20",
			[]string{"PERSON Фридрих Мерц"},
			[]string{"MEETING(встречу) date= agent=Фридрих Мерц agent=Кир Стармер place=Берлин"}, // «Стармеру Мерц предложил»: two persons (Кир Стармер since the helper's apposedMan: was «Стармеру»)
			nil},
		{"news-s13-plant.txt", "2025-11-20",
			nil,
			[]string{
				"Алексей Жариченко WORKPLACE Уралвагонзавод", // «генеральным директором предприятия»
				"SIGNING(подписали) date=2025-11-05 agent=Денис Паслер agent=Алексей Жариченко",
			},
			[]string{
				"Винай Кумар ORIGINS_FROM Россия",                  // «посол Индии в России»
				"OTHER(визита) date=2025-11-05 agent=Денис Паслер", // «Во время визита Паслер провел совещание»: the visit
			}},
		{"news-s13-digest.txt", "2025-11-20",
			[]string{"EVENT Кубок Гагарина"}, // was «Кубок» and the person
			nil,
			[]string{"Алексей Хотин PENALIZED_AS заочно"}}, // «заочно арестовал»: no penalty
		{"news-s13-finance.txt", "2025-11-20",
			nil,
			[]string{
				"Сбербанк INCOME 1,3 трлн рублей",                                  // «Чистая прибыль „Сбербанка“ … составила 1,3 трлн рублей»
				"ACQUISITION(объявил о покупке) date= agent=Яндекс object=Самокат", // was a STATEMENT
			},
			nil},
		{"news-s13-engines.txt", "2025-11-20",
			[]string{"NUMBER 200"}, // was «ОДК 200»
			nil, nil},
		{"news-s13-protest.txt", "2025-11-20",
			nil,
			[]string{"PROTEST(акция протеста) date=2025-11-18 place=Тбилиси time=В тот же день"}, // «у здания парламента Грузии»: no party
			nil},
		{"news-s13-board.txt", "2025-11-20",
			[]string{"ORGANIZATION Совет директоров «Аэрофлота»"},
			[]string{"APPOINTMENT(назначил) date= agent=Совет директоров «Аэрофлота» participant=Сергей Александровский"},
			[]string{"Сергей Александровский WORKPLACE Совет директоров «Аэрофлота»"}}, // (guard: the board was no entity before)
		{"news-s13-regions.txt", "2025-11-20",
			[]string{"STATE_OR_PROVINCE Ханты-Мансийский автономный округ", "CITY Ханты-Мансийск"}, // the city apart
			nil, nil},
		{"news-s13-agencies.txt", "2025-11-20",
			[]string{"ORGANIZATION РАНХиГС"}, // was an EVENT
			nil, nil},
		{"news-s13-awards.txt", "2025-11-20",
			[]string{"AWARD Медаль Пушкина", "DISEASE болезнь Альцгеймера"},
			nil,
			[]string{"Гамалея MEDICAL_CONDITION грипп"}}, // «Центром имени Гамалеи»
		{"news-s13-oil.txt", "2025-11-20",
			nil,
			[]string{
				"Вадим Воробьев WORKPLACE Лукойл", // «Сейчас компанию возглавляет Вадим Воробьев»
				"SIGNING(подписал соглашение) date= agent=Лукойл agent=правительство Татарстана place=Санкт-Петербург", // not dated 2022, the background
			},
			nil},
		{"news-s13-roads.txt", "2025-11-20",
			[]string{"FACILITY М-11", "FACILITY Нева"}, // were a PRODUCT and an ORGANIZATION
			[]string{"ACCIDENT(столкнулись грузовик) date= place=Нева"},
			nil},
	})
}

// TestNewsS13Absent checks that the names the thirteenth session's lead
// texts should have merged into another entity are not there.
func TestNewsS13Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s13-un.txt", []string{"PERSON Антониу Гутерришу", "PERSON Джо Локхарту", "PERSON Каи Каллас"}},
		{"news-s13-governors.txt", []string{"PERSON Ирина Ярова", "PERSON Де Ла Гранвиль"}},
		{"news-s13-court-business.txt", []string{"ORGANIZATION Русала"}},
		{"news-s13-ministers.txt", []string{"PERSON Стармеру Мерц"}},
		{"news-s13-regions.txt", []string{"COUNTRY Югра"}},
	})
}
