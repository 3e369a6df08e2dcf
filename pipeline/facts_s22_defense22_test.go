package pipeline

import "testing"

// TestNewsS22defense22 pins the defence-industry and military-technical
// cooperation news texts of the twenty-second session (helper defense22):
// what its rules made right, and guards of what was right before.
func TestNewsS22defense22(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-defense22-commission.txt", "2024-03-12",
			[]string{"ORGANIZATION Федеральная служба по военно-техническому сотрудничеству", "PERSON Прабово Субианто", "CITY Джакарта", "CITY Сурабай"},
			[]string{
				"Дмитрий Шугаев WORKPLACE Федеральная служба по военно-техническому сотрудничеству", // guard: «директор … (ФСВТС) Дмитрий Шугаев»
				"Прабово Субианто WORKS_AS министр обороны Индонезии",
				"STATEMENT(заявил) date=2024-03-12 agent=Дмитрий Шугаев", // «— заявил журналистам Шугаев»
			},
			[]string{"Дмитрий Шугаев WORKS_AS журналисты"}}, // was there: the addressee of «заявил» (addresseePost)
		{"news-s22-defense22-plant.txt", "2024-06-05",
			// «Ульяновский» of the plant's name was a STATE_OR_PROVINCE of its own, named Ульяновск (townAdjectiveOpenings)
			[]string{"ORGANIZATION Ульяновский механический завод", "CITY Ульяновск", "PRODUCT Бук-М3", "PERSON Владимир Лебедев"},
			[]string{
				"Ульяновский механический завод HEADQUARTERED_IN Ульяновск",
				"Владимир Лебедев WORKPLACE Ульяновский механический завод",
				"Ульяновский механический завод DATE_FOUNDED_IN в 1966 году", // «основан в 1966 году» (was none: founded)
			},
			nil},
		{"news-s22-defense22-visit.txt", "2024-04-18",
			[]string{"ORGANIZATION Уралвагонзавод", "CITY Нижний Тагил", "PRODUCT Т-90М", "PRODUCT Т-72Б3М"},
			[]string{
				"Уралвагонзавод PART_OF Ростех",
				"Александр Потапов WORKPLACE Уралвагонзавод",
				"VISIT(посетил) date=2024-04-18 agent=Денис Паслер place=Уралвагонзавод",
			},
			nil},
		{"news-s22-defense22-contract.txt", "2024-08-22",
			[]string{"CITY Кубинка", "EVENT Армия-2024", "ORGANIZATION Кронштадт", "PRODUCT Орион"}, // Кубинка was a STATE_OR_PROVINCE («в подмосковной Кубинке»)
			[]string{
				"Армия-2024 TAKES_PLACE_IN Кубинка",
				"Сергей Богатиков WORKPLACE Кронштадт",
				"SIGNING(подписал) date=2024-08-21 agent=Алексей Криворучко agent=Сергей Богатиков",
			},
			[]string{"Международный военно-технический форум SUBEVENT_OF Армия-2024"}}, // was there (kindBeforeName)
		{"news-s22-defense22-maks.txt", "2025-02-14",
			[]string{"EVENT МАКС-2025", "CITY Жуковский", "ORGANIZATION Министерство промышленности и торговли России", "PRODUCT Су-57", "PRODUCT МС-21",
				"EVENT МАКС"}, // «Предыдущий МАКС прошел в 2021 году»: was an ORGANIZATION (eventStems)
			[]string{
				"МАКС POINT_IN_TIME в 2021 году",
				"МАКС-2025 TAKES_PLACE_IN Жуковский",
				"Жуковский LOCATED_IN Московская область",
				"Антон Алиханов WORKS_AS министр промышленности и торговли",
			},
			nil},
		{"news-s22-defense22-idex.txt", "2025-02-17",
			[]string{"EVENT IDEX-2025", "CITY Абу-Даби", "PRODUCT Подлет-К1", "PRODUCT Панцирь-С1М"}, // were PRODUCT IDEX-2025, CITY АБУ-ДАБИ, FACILITY Подлет-К1
			[]string{
				"IDEX-2025 TAKES_PLACE_IN Абу-Даби",
				"Александр Михеев WORKPLACE Рособоронэкспорт",
				"VISIT(посетил) date=2025-02-17 participant=Дмитрий Шугаев", // the story's day, not IDEX-2025's year (yearOfName); participant, not agent: left
			},
			nil},
		{"news-s22-defense22-designer.txt", "2024-10-03",
			[]string{"ORGANIZATION Государственное машиностроительное конструкторское бюро «Радуга»", "ORGANIZATION Тактическое ракетное вооружение", "CITY Калуга",
				"PERSON А.Я. Березняк"}, // was «А.Я.» (initialsSurname)
			[]string{
				"Виктор Трепаков WORKPLACE Государственное машиностроительное конструкторское бюро «Радуга»",
				"Виктор Трепаков PLACE_OF_BIRTH Калуга",
				"Виктор Трепаков SCHOOLS_ATTENDED Московский авиационный институт",
				"Борис Обносов WORKPLACE Тактическое ракетное вооружение",
			},
			nil},
		{"news-s22-defense22-radar.txt", "2024-11-09",
			// the headline's «Новосибирский НИИ измерительных приборов» (was «Новосибирский НИИ», an entity of
			// its own) is a name of the institute (spelledKind); Ниобий-М was a FACILITY
			[]string{"ORGANIZATION Новосибирский научно-исследовательский институт измерительных приборов имени Ю.Е. Полищука", "PRODUCT Ниобий-М", "ORGANIZATION Росэлектроника"},
			[]string{
				"Росэлектроника PART_OF Ростех",
				"Андрей Крылов WORKPLACE Новосибирский научно-исследовательский институт измерительных приборов имени Ю.Е. Полищука",
			},
			[]string{"Ниобий-М LOCATED_IN Новосибирск", "Новосибирский НИИ HEADQUARTERED_IN Новосибирск"}}, // were there: the radar read as a facility, the headline's institute cut short
		{"news-s22-defense22-exports.txt", "2024-09-30",
			[]string{"PRODUCT С-400", "COUNTRY Индия", "CITY Нью-Дели", "FACILITY Кремль"},
			[]string{
				"Владимир Путин WORKS_AS президент",
				"STATEMENT(заявил) date=2024-09-30 agent=Владимир Путин",
			},
			nil},
		{"news-s22-defense22-minister.txt", "2025-01-24",
			[]string{"ORGANIZATION Казанский вертолетный завод", "ORGANIZATION Вертолеты России", "PRODUCT Ми-8АМТШ", "PRODUCT Ансат", "PRODUCT Ансат-М"}, // Ансат was an ORGANIZATION
			[]string{
				"Казанский вертолетный завод PART_OF Вертолеты России",
				"Николай Колесов WORKPLACE Вертолеты России",
				"Рустам Минниханов WORKS_AS президент Татарстана",
				"VISIT(посетил) date=2025-01-24 agent=Андрей Белоусов time=в пятницу place=Казанский вертолетный завод participant=Рустам Минниханов participant=Николай Колесов",
			},
			[]string{"OTHER(гособоронзаказа) date= agent=Андрей Белоусов place=Казань"}}, // was there: the state's order read as an event (procurements)
	})
}
