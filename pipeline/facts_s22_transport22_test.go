package pipeline

import "testing"

// TestNewsS22transport22 runs the pipeline over the twenty-second
// session's transport and infrastructure news (helper transport22:
// testdata/news-s22-transport22-*.txt, made up) and pins what its rules got
// right and guards against plausible regressions; a comment says what a
// line was before.
func TestNewsS22transport22(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-transport22-rzd.txt", "2026-03-03",
			[]string{
				"CITY Верхняя Пышма",                                               // was an ORGANIZATION (adjectiveTowns)
				"ORGANIZATION Российские железные дороги", "PERSON Андрей Никитин", // (guard)
			},
			[]string{
				"Уральские локомотивы HEADQUARTERED_IN Верхняя Пышма",                  // «на заводе „Уральские локомотивы“ в Верхней Пышме»
				"Сергей Павлов WORKS_AS первый заместитель генерального директора РЖД", // (guard)
				"Андрей Никитин WORKS_AS министр транспорта России",                    // (guard)
			},
			[]string{
				"Верхняя Пышма PART_OF Синара", // was there, of the town read as a company
				// «РЖД … назначит четыре дополнительных поезда» (scheduled)
				"APPOINTMENT(назначит) date=2026-04-01 participant=Российские железные дороги time=с 1 апреля",
			}},
		{"news-s22-transport22-bridge.txt", "2026-09-09",
			[]string{
				"LOCATION Обь",                // «мост через Обь», was a CITY (riverNames)
				"FACILITY Колыма",             // «трассами „Колыма“ и „Вилюй“», were ORGANIZATIONs (quotedRoads)
				"FACILITY Вилюй",              //
				"ORGANIZATION Мостострой-11",  // was also «Мостостроя-11», a second entity (names: the number after the name)
				"STATE_OR_PROVINCE Якутия",    // (guard)
				"PERSON Марат Хуснуллин",      // (guard)
				"ORGANIZATION Автодор Инвест", // (guard)
			},
			[]string{
				"Рашид Шарафутдинов WORKPLACE Мостострой-11", // was «Мостостроя-11»
				"Айсен Николаев WORKS_AS глава Якутии",       // (guard)
			},
			[]string{
				"Лена WORKS_AS генподрядчик", // «через реку Лену» was a PERSON (riverNames)
				"Рашид Шарафутдинов WORKPLACE Мостостроя-11",
			}},
		{"news-s22-transport22-metro.txt", "2026-11-27",
			[]string{
				"FACILITY Троицкая линия",                                                   // «на Троицкой линии» was a CITY and a PERSON «Троицкая» (metroLines)
				"FACILITY Тютчевская", "ORGANIZATION Мосинжпроект", "PERSON Виктор Дорохин", // (guard)
			},
			[]string{
				"Сергей Собянин WORKS_AS мэр Москвы",                                                       // (guard)
				"Виктор Дорохин WORKS_AS начальник Московского метрополитена",                              // (guard)
				"OPENING(открыл) date=2026-11-27 agent=Сергей Собянин place=Троицкая линия time=в пятницу", // (OPENING since the types of ev22) was participant=Троицкая
			},
			[]string{
				"Троицкая PARTICIPANT_IN открыл",                                  // was there
				"мэр Москвы ALTERNATIVE_NAME начальник Московского метрополитена", // was there (otherBodysPost)
			}},
		{"news-s22-transport22-mak.txt", "2026-02-18",
			[]string{
				"PRODUCT Sukhoi Superjet 100", // was an ORGANIZATION «Sukhoi Superjet» and a NUMBER «100» (aircraftModels)
				"PRODUCT Superjet",            // in the title, was an ORGANIZATION
				"ORGANIZATION Межгосударственный авиационный комитет", "ORGANIZATION Ространснадзор", // (guard)
			},
			[]string{
				"Виктор Басаргин WORKS_AS руководитель ведомства", // (guard)
			},
			[]string{
				"Superjet HEADQUARTERED_IN Якутск", // was there
			}},
		{"news-s22-transport22-accident.txt", "2026-12-02",
			[]string{
				"ORGANIZATION Октябрьская железная дорога", "CITY Лихославль", // (guard)
				"DATE во вторник = 2026-12-01", // (guard)
			},
			[]string{
				"Виктор Иванов WORKPLACE Октябрьская железная дорога", // (guard)
				"Игорь Руденя WORKS_AS губернатор Тверской области",   // (guard)
			},
			[]string{
				// the month's adjective was the town «Октябрьск» (monthAdjectiveTowns)
				"Октябрьская железная дорога HEADQUARTERED_IN Октябрьск",
			}},
		{"news-s22-transport22-airline.txt", "2026-10-15",
			[]string{
				"DATE в декабре = 2026-12",                                                   // «Мы планируем начать … в декабре», — сказал: was 2025-12 (VerbTense)
				"PRODUCT МС-21-310", "ORGANIZATION Объединенная авиастроительная корпорация", // (guard)
			},
			[]string{
				"Иркут PART_OF Объединенная авиастроительная корпорация", // (guard)
				"Антон Алиханов WORKS_AS глава Минпромторга",             // (guard)
			},
			nil},
		{"news-s22-transport22-airport.txt", "2026-01-12",
			[]string{"FACILITY Пулково", "ORGANIZATION Hainan Airlines", "ORGANIZATION Uzbekistan Airways", "PRODUCT Airbus A330"}, // (guard)
			[]string{
				"Россия PART_OF Аэрофлот", // «авиакомпания „Россия“, входящая в группу „Аэрофлот“» (guard)
				"Ярослав Филиппов WORKPLACE Воздушные ворота Северной столицы",
				"Александр Беглов WORKS_AS губернатор Санкт-Петербурга",
			},
			nil},
		{"news-s22-transport22-road.txt", "2026-08-04",
			[]string{"FACILITY М-12", "ORGANIZATION Автодор", "PERSON Вячеслав Петушенко"}, // (guard)
			[]string{
				"Денис Паслер WORKS_AS губернатор Свердловской области", // (guard)
				"Александр Моор WORKS_AS губернатор Тюменской области",  // (guard)
			},
			nil},
		{"news-s22-transport22-port.txt", "2026-07-21",
			[]string{"ORGANIZATION Росморречфлот", "PERSON Зайлабидин Батманов", "LOCATION Балтийский бассейн"}, // (guard)
			[]string{
				"Зайлабидин Батманов WORKS_AS глава Росморречфлота", // (guard)
				"Михаил Гуляев WORKPLACE Усть-Лужская компания",     // «которую возглавляет» (guard)
			},
			nil},
		{"news-s22-transport22-ship.txt", "2026-06-10",
			[]string{
				"ORGANIZATION Атомфлот",                                                              // «ФГУП „Атомфлот“» was named so (names: legal form and quoted name)
				"PRODUCT Чукотка", "ORGANIZATION Балтийский завод", "LOCATION Северный морской путь", // (guard)
			},
			[]string{
				"Мустафа Кашка WORKPLACE Атомфлот",                                  // was «ФГУП „Атомфлот“»
				"Балтийский завод PART_OF Объединенная судостроительная корпорация", // (guard)
				"Андрей Пучков WORKS_AS президент ОСК",                              // (guard)
			},
			nil},
	})
}
