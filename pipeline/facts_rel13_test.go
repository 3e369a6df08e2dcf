package pipeline

import "testing"

// TestNewsRel13 checks the relations and events of the thirteenth
// session's news texts (testdata/news-rel13-*.txt: a board electing a
// company's president, a visit to Tehran, a verdict, a football union's
// conference, a power plant sold, a regional minister dismissed, bombers
// delivered, a drone attack, talks with Vietnam's president): a board is
// not the workplace of whom it elects, the seller is no property of the
// buyer, a post is not shared by a person with a post of his own, talks
// named again by another noun, anaphoric posts of a place, the dateline's
// day.
func TestNewsRel13(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-rel13-rostelecom.txt", "2025-11-20",
			nil,
			[]string{
				"Михаил Осеевский WORKPLACE Ростелеком", // «Совет директоров ПАО „Ростелеком“ избрал … президентом компании»
				"ELECTION(избрал) date=2025-11-14 agent=Совет директоров ПАО «Ростелеком» participant=Михаил Осеевский",
			},
			[]string{"Михаил Осеевский WORKPLACE Совет директоров ПАО «Ростелеком»"}},
		{"news-rel13-tehran.txt", "2025-11-20",
			nil,
			[]string{
				"STATEMENT(заявил) date=2025-11-11 agent=Аббас Аракчи", // «Как заявил иранский министр»
			},
			[]string{
				"MEETING(Встреча) date=2025-11-11 participant=МИД", // «Встреча прошла в здании иранского МИД»: the talks
				// «По итогам встречи стороны подписали план консультаций»: the talks' parties
				"SIGNING(подписали) date=2025-11-11",
			}},
		{"news-rel13-verdict.txt", "2025-11-20",
			nil,
			[]string{
				"Ольга Волкова OWNER_OF Кубаньстрой",                    // «ООО „Кубаньстрой“» … «Компания принадлежала его жене Ольге Волковой»
				"STATEMENT(заявил) date=2025-11-19 agent=Павел Смирнов", // «заявил, что защита обжалует»: the dateline's day, not 2022
			},
			nil},
		{"news-rel13-rfs.txt", "2025-11-20",
			nil,
			[]string{
				// «Заседание прошло в Санкт-Петербурге»: the conference's place
				"SESSION(Конференция) date=2025-11-16 participant=Российский футбольный союз participant=Александр Дюков place=Санкт-Петербург",
				"ELECTION(избрала) date=2025-11-16 agent=Российский футбольный союз participant=Александр Дюков",
			},
			[]string{"SESSION(Заседание) date= place=Санкт-Петербург"}},
		{"news-rel13-sgk.txt", "2025-11-20",
			nil,
			[]string{
				"Сибирская генерирующая компания HEADQUARTERED_IN Москва", // «Штаб-квартира компании расположена в Москве»
			},
			[]string{
				"Сибирская генерирующая компания OWNER_OF Интер РАО", // «купила у группы „Интер РАО“»: the seller
				// «генеральный директор СГК Степан Солженицын и член правления „Интер РАО“ Александр Панин»
				"Александр Панин WORKS_AS генеральный директор СГК",
				"Александр Панин WORKPLACE Сибирская генерирующая компания",
				"Алтай LOCATED_IN Кузбасс", // «находятся в Кузбассе и на Алтае»
			}},
		{"news-rel13-health-minister.txt", "2025-11-20",
			nil,
			[]string{
				"Денис Паслер WORKS_AS губернатор Свердловской области",                                       // (guard)
				"MEETING(совещание) date=2025-11-17 agent=Денис Паслер time=В понедельник place=Нижний Тагил", // (guard)
			},
			nil},
		{"news-rel13-bombers.txt", "2025-11-20",
			nil,
			[]string{
				"Ростех OWNER_OF Объединенная авиастроительная корпорация",                                     // (guard)
				"Казанский авиационный завод имени Горбунова PART_OF Объединенная авиастроительная корпорация", // (guard)
			},
			nil},
		{"news-rel13-drones.txt", "2025-11-20",
			nil,
			nil,
			[]string{
				"Белгород LOCATED_IN Украина", // «Вооруженные силы Украины атаковали беспилотниками Белгород»
				// «…, сообщил губернатор Белгородской области Вячеслав Гладков»: who tells of it
				"ATTACK(пострадали три человека) date=2025-11-15 participant=Вячеслав Гладков",
			}},
		{"news-rel13-vietnam.txt", "2025-11-20",
			nil,
			[]string{
				"Лыонг Кыонг WORKS_AS вьетнамский лидер", // «президентом Вьетнама Лыонг Кыонгом» … «вьетнамский лидер»
				// «По итогам переговоров лидеры подписали»: the talks' parties and day
				"SIGNING(подписали) date=2025-11-19 agent=Владимир Путин agent=Лыонг Кыонг",
				"VISIT(посетит) date=2025-11-19 time=В среду agent=Лыонг Кыонг place=Санкт-Петербург",
			},
			[]string{
				"Владимир Путин WORKS_AS вьетнамский лидер",
				"Владимир Путин WORKPLACE Вьетнам",
				"Санкт-Петербург LOCATED_IN Вьетнам", // «вьетнамский лидер посетит Санкт-Петербург»
			}},
		{"news-rel13-bribe.txt", "2025-11-20",
			nil,
			[]string{
				"Игорь Семенов OWNER_OF Альфа-Строй", // «от владельца строительной компании „Альфа-Строй“ Игоря Семенова»
			},
			nil},
		{"news-rel13-pipes.txt", "2025-11-20",
			nil,
			[]string{
				"Дмитрий Пумпянский OWNER_OF Трубная металлургическая компания", // «Основным владельцем компании является …»
			},
			nil},
		{"news-rel13-mayor.txt", "2025-11-20",
			nil,
			nil,
			[]string{
				"Максим Кудрявцев WORKPLACE городской совет Новосибирска", // «Депутаты городского совета Новосибирска избрали … мэром города»
				"SESSION(Сессия) date= participant=мэрия",                 // «Сессия прошла в здании мэрии»: the host
			}},
	})
}
