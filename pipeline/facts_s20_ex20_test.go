package pipeline

import "testing"

// TestNewsS20ex20 pins the facts of press releases on military-technical
// cooperation (commission sessions, delegations at plants, an exhibition)
// that the twentieth session's helper ex20 fixed or guards.
func TestNewsS20ex20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-ex20-vietnam.txt", "2025-03-16",
			[]string{"ORGANIZATION Швабе", "ORGANIZATION Госкорпорация Ростех", "LOCATION Урал"}, // (NEREL nests «Уральский» in a name as a LOCATION)
			[]string{
				"SIGNING(подписали) date=2024-11 agent=Дмитрий Шугаев agent=Хоанг Суан Чиен",          // guard
				"Уральский оптико-механический завод имени Э. С. Яламова PART_OF Швабе",               // guard
				"VISIT(посетила) date= place=Уральский оптико-механический завод имени Э. С. Яламова", // was object=Швабе object=Госкорпорация Ростех (the participle clause's)
			},
			nil},
		{"news-s20-ex20-kazan.txt", "2025-03-16",
			[]string{"PRODUCT Ансат", "FACILITY Дом правительства Татарстана"}, // were ORGANIZATION Ансат and no facility
			[]string{
				"VISIT(посетил) date=2025-03-15 agent=Антон Алиханов time=15 марта place=Казанский вертолетный завод", // guard
				"Казанский вертолетный завод PART_OF Вертолеты России",                                                // guard
				"совещание TAKES_PLACE_IN Дом правительства Татарстана",                                               // was none
			},
			[]string{
				"глава Минпромторга России ALTERNATIVE_NAME глава республики", // was there: posts of two bodies
			}},
		{"news-s20-ex20-expo.txt", "2025-08-20",
			[]string{"ORGANIZATION Госкорпорация Ростех", "PRODUCT Панцирь-СМ", "PRODUCT Корнет-ЭМ"}, // was PERSON «Госкорпорации Ростех»
			[]string{
				"Борис Обносов WORKPLACE Высокоточные комплексы",  // guard
				"Андрей Белоусов WORKS_AS министр обороны России", // guard
				"Александр Михеев WORKPLACE Рособоронэкспорт",     // was none: «генеральный директор компании» after «АО «Рособоронэкспорт»»
			},
			[]string{
				"Госкорпорация Ростех WORKPLACE Высокоточные комплексы", // was «Госкорпорации Ростех WORKPLACE …», a person's
			}},
		{"news-s20-ex20-plant.txt", "2025-02-13",
			[]string{"FACILITY Дом правительства Удмуртии", "PRODUCT Тор-М2", "PRODUCT Тор-М2К"},
			[]string{
				"Ижевский электромеханический завод «Купол» PART_OF Алмаз-Антей", // guard
				"переговоры TAKES_PLACE_IN Дом правительства Удмуртии",           // was «правительство Удмуртии AGENT переговоры»
			},
			[]string{
				"правительство Удмуртии AGENT переговоры", // was there: the building's body held no talks
			}},
		{"news-s20-ex20-session.txt", "2025-05-21",
			[]string{"ORGANIZATION БЕЛАЗ-ХОЛДИНГ", "PRODUCT Ми-8МТВ-5", "PRODUCT Ансат"}, // were no entity and ORGANIZATION Ансат
			[]string{
				"SIGNING(подписали) date=2025-05-20 agent=Дмитрий Шугаев agent=Дмитрий Пантус", // guard
				"Минский завод колесных тягачей PART_OF БЕЛАЗ-ХОЛДИНГ",                         // guard
				"VISIT(посетила) date=2025-05-19 place=Минский завод колесных тягачей",         // was object=БЕЛАЗ-ХОЛДИНГ
			},
			nil},
	})
}
