package pipeline

import "testing"

// TestNewsEntities checks the entities of news texts (testdata/news-*.txt):
// their types, extents and canonical names, and the facts that turned on
// them. Lines marked (guard) held before the rule they pin.
func TestNewsEntities(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-loc12-islands.txt", "2025-02-07",
			[]string{
				"LOCATION Курильские острова", // was «Курильские» alone, read as «Курильск»
				"LOCATION Боденское озеро",    // was an ORGANIZATION
				"LOCATION Славянка",           // was no mention
			},
			nil, nil},
		{"news-loc12-lists.txt", "2025-04-01",
			[]string{
				"COUNTRY Коста Рика", // was a PERSON between two countries
				"COUNTRY Эль Сальвадор",
				"COUNTRY Объединённые Арабские Эмираты", // was the ORGANIZATION «Арабские Эмираты»
				"CITY Кушадаси",                         // was a PERSON before «(Турция)»
			},
			nil, nil},
		{"news-loc12-apposed.txt", "2025-08-08",
			[]string{
				"DISTRICT Тоттенхэм", // was a PERSON after «районе»
				"LOCATION Канаверал", // after «мысе»
				"FACILITY Абу-Грэйв", // after «тюрьме»
			},
			nil, nil},
		{"news-loc12-pipeline.txt", "2025-03-03",
			[]string{
				"CITY Бургас", // both ends of a pipeline were persons
				"CITY Алексондрополис",
				"PRODUCT Шкода Октавия", // a product's gloss, read as a person, «(Skoda Octavia)»: its other name since ent15's bracket join
			},
			nil, nil},
		{"news-loc13-gagauzia.txt", "2025-05-05",
			[]string{
				"STATE_OR_PROVINCE Гагаузия", // was a PERSON after «территории» and «в»
				"COUNTRY Османская империя",  // was a LOCATION
			},
			nil, nil},
		{"news-loc13-summit.txt", "2025-05-05",
			[]string{
				"CITY Иерусалим", // was run into the PERSON «Нетаньяху Иерусалим»
				"COUNTRY Литва",  // was an ORGANIZATION listed with «Латвия»
			},
			nil, nil},
		{"news-loc13-tables.txt", "2025-05-05",
			[]string{
				"PERSON Гата Камский", // was a CITY and a DISTRICT
			},
			nil, nil},
		{"news-loc13-centre.txt", "2025-05-05",
			[]string{
				"ORGANIZATION Кин-Топ",       // was a CITY
				"FACILITY Галерея",           // a business centre, was an ORGANIZATION
				"ORGANIZATION БелТА",         // was a COUNTRY
				"ORGANIZATION France-Presse", // was a COUNTRY
			},
			nil, nil},
		{"news-nerel13-concert.txt", "2025-05-05",
			[]string{
				"AWARD Grammy",           // was an ORGANIZATION after «премии»
				"FACILITY Карнеги-холл",  // was a CITY
				"FACILITY Таймс-Сквер",   // was a STATE_OR_PROVINCE
				"FACILITY Минск-арена",   // was an ORGANIZATION
				"AGE 14 лет",             // was the DATE «с 14 лет»
				"PERSON Акихито",         // was «Император Акихито»
				"PROFESSION Император",   // the monarch's rank, outside the person
				"PERSON Юрий Визбор",     // (guard: the full name)
				"PERSON Даниил Трифонов", // (guard)
			},
			nil, nil},
		{"news-nerel13-games.txt", "2025-05-05",
			[]string{
				"EVENT ЕГЭ-2013",   // was a DATE of the whole word
				"DATE 2013",        // the year alone, as NEREL tags it
				"DATE 2018",        // of «ЧМ-2018»
				"DATE 19",          // of «COVID-19»
				"DISEASE COVID-19", // (guard)
				"PRODUCT Раундап",  // was an ORGANIZATION after «торговыми марками»
				"PRODUCT Торнадо",  // likewise, listed
			},
			nil, nil},
		{"news-nerel13-hesse.txt", "2025-05-05",
			[]string{
				"STATE_OR_PROVINCE Гессен", // was a PERSON after «земли», a CITY in «ландтаге Гессена»
				"COUNTRY Армения",          // «в армянском Гаваре»: was a NATIONALITY
				"CITY Гавар",               // was a PERSON
				"PERSON Томас Шефер",       // was «Гессен Томас Шефер»
			},
			nil, nil},
		{"news-nerel13b-cinema.txt", "2025-11-20",
			[]string{
				"FACILITY Звезда",            // was an AWARD: a cinema listed after «кинотеатрах … сети „Москино“:»
				"FACILITY Берёзка",           // was a WORK_OF_ART
				"FACILITY Ладога",            // was an ORGANIZATION
				"FACILITY Рассвет",           // was an ORGANIZATION
				"WORK_OF_ART Цирк",           // was an ORGANIZATION: «такие картины, как „Цирк“, …»
				"WORK_OF_ART Весёлые ребята", // (guard)
				"EVENT Международный конкурс имени Сергея Рахманинова", // was an ORGANIZATION
				"ORGANIZATION Москино", // (guard) the chain itself
				"PERSON Иван Петров",   // (guard)
			},
			nil, nil},
		{"news-nerel13b-exam.txt", "2025-11-20",
			[]string{
				"EVENT ЕГЭ",      // the bare name of «ЕГЭ-2024»: was no mention
				"EVENT ЕГЭ-2024", // (guard)
			},
			nil, nil},
		{"news-nerel13b-station.txt", "2025-11-20",
			[]string{
				"ORGANIZATION 66-й долговременной экспедиции", // was the ORDINAL alone
				"ORDINAL 66-й",         // (guard) nested
				"PERSON Олег Артемьев", // (guard)
			},
			nil, nil},
		{"news-nerel13c-court.txt", "2025-11-20",
			[]string{
				"DISTRICT Затон", // «в микрорайоне Затон»: was a CITY there
				"LAW часть 2 статьи 213 «Хулиганство»", // was without the article's quoted title
				"LAW статья 20.1 КоАП РФ",              // (guard) the title in parentheses stays out
				"CITY Уфа",                             // (guard)
			},
			nil, nil},
		{"news-org12-press.txt", "2025-12-12",
			[]string{
				"ORGANIZATION Committee to Protect Journalists", // was a PERSON
				"ORGANIZATION Первый канал",                     // was an ORDINAL «Первый»
				"ORGANIZATION Пятый канал",
				"ORGANIZATION ФАО", // split from the person after it, and left out after «в Риме»
			},
			nil, nil},
		{"news-org12-movements.txt", "2025-03-03",
			[]string{
				"ORGANIZATION Движение за развитие Мали", // in straight quotes
				"ORGANIZATION Национальная конвенция за солидарность Африки",
				"ORGANIZATION Движение в защиту Химкинского леса",
				"ORGANIZATION Движение против нелегальной иммиграции",
				"ORGANIZATION Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций",
				"ORGANIZATION Фонд борьбы с коррупцией", // not «… нарушений»
				"ORGANIZATION Агентство по охране окружающей среды",
			},
			nil, nil},
		{"news-org12-sport.txt", "2025-05-05",
			[]string{
				"ORGANIZATION Челси", // «клуба Челси Фрэнк Лэмпард» was one PERSON
				"PERSON Фрэнк Лэмпард",
				"ORGANIZATION Тоттенхэм Хотспур",
				"ORGANIZATION Юнайт",
				"ORGANIZATION МакЛарен-Мерседес",
			},
			nil, nil},
		{"news-org12-agro.txt", "2025-08-20",
			[]string{
				"ORGANIZATION Всемирной продовольственной и сельскохозяйственной организации", // was cut at «и»
				"ORGANIZATION Американское бюро по сельскому хозяйству",
			},
			nil, nil},
		{"news-org13-centre.txt", "2025-09-12",
			[]string{
				"ORGANIZATION Лад-Мир", // after «культурного центра»; was a FACILITY, a CITY and a LOCATION
				"ORGANIZATION Промышленный и торговый банк Китая", // was «банк Китая»
				"ORGANIZATION Вечерний курьер",                    // «в статье Вечернего курьера»; was a CITY «Вечернее»
				"FACILITY Ниммерсат",                              // after «торговом центре»; was an ORGANIZATION
				"WORK_OF_ART Язык как дом",                        // (guard)
				"PERSON Ольга Беккер",                             // (guard)
			},
			nil, nil},
		{"news-org13-interview.txt", "2025-10-01",
			[]string{
				"ORGANIZATION Музыкальный театр имени Станиславского и Немировича-Данченко", // was cut before «и»
				"ORGANIZATION Мариинский театр", // was «Мариинский театр Анна Яковлева»
				"PERSON Анна Яковлева",          // (guard)
				"ORGANIZATION France-Presse",    // after the misspelt «агенство»; was a COUNTRY
				"ORGANIZATION БелТА",            // after «агентство»; was a COUNTRY
			},
			nil, nil},
		{"news-org13-congress.txt", "2025-01-04",
			[]string{
				"ORGANIZATION Палата представителей 119 созыва",
				"ORGANIZATION Палата представителей", // (guard: nested)
				"ORGANIZATION МИД", // (guard: spelt by a ministry, unlike «приборно-агрегатного отсека (ПАО)»)
			},
			nil, nil},
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
		{"news-s14-optics.txt", "2025-11-28",
			[]string{"ORGANIZATION Уральский оптико-механический завод имени Э. С. Яламова"},                                              // (guard) with the headline's name without «имени»: TestNewsS14Absent
			[]string{"VISIT(посетил) date=2025-11-18 agent=Денис Мантуров place=Уральский оптико-механический завод имени Э. С. Яламова"}, // the headline's name merged
			nil},
		{"news-s14-visit.txt", "2025-11-06",
			[]string{
				"CITY Лион",              // «поездкой в Лион»: was a PERSON
				"FACILITY аэропорт Орли", // «В аэропорту Орли»: was a PERSON
			},
			nil,
			[]string{"Орли AGENT встретил"}},
		{"news-s14-clinic.txt", "2025-12-03",
			[]string{
				"ORGANIZATION Национальный медицинский исследовательский центр имени академика Е. Н. Мешалкина", // was cut at «академика»
				"ORGANIZATION Центр ядерной медицины", // (guard) with «первый в Сибири центр ядерной медицины», which was «Сибирь центр …»: TestNewsS14Absent
			},
			[]string{
				"Александр Чернявский WORKS_AS директор НМИЦ имени Мешалкина",                                                              // the post ran over his name
				"директор НМИЦ имени Мешалкина WORKPLACE Национальный медицинский исследовательский центр имени академика Е. Н. Мешалкина", // «НМИЦ имени Мешалкина» merged
			},
			nil},
		{"news-s14-drones.txt", "2025-11-21",
			[]string{
				"STATE_OR_PROVINCE Брянская область", // «над Брянской и Курской областями»: «Брянской» was a CITY Брянск
				"STATE_OR_PROVINCE Курская область",  // was «Курской областями»
				"COUNTRY Украина",                    // «украинских»: was Украинск
			},
			[]string{"Александр Богомаз WORKS_AS губернатор Брянской области"}, // (guard)
			nil},
		{"news-s14-court.txt", "2025-11-28",
			[]string{"ORGANIZATION Следственный комитет"}, // «Следственным комитетом по части 4 статьи 159»: was «Следственный комитет по части»
			nil, nil},
		{"news-s15-ent15-science.txt", "2025-11-18",
			[]string{
				"ORGANIZATION Сколковский институт науки и технологий", // was cut at «науки»; «(Сколтех)» defines the short name
				"PERSON Артём Абакумов",                                // was «Сколтеха Артём Абакумов»
			},
			[]string{"Артём Абакумов WORKPLACE Сколковский институт науки и технологий"},
			nil},
		{"news-s15-ent15-industry.txt", "2025-12-02",
			[]string{"ORGANIZATION Швабе", "ORGANIZATION Ростех", "ORGANIZATION Газпром"}, // (guard) «Шваб» as an alias: names' TestLink
			[]string{"Сергей Чемезов WORKPLACE Ростех"},                                   // (guard)
			nil},
		{"news-s15-ent15-region.txt", "2025-09-01",
			[]string{"CITY Суземка"}, // (guard) «жителей посёлка Суземка» was «Суземок», apart from «в Суземке»: TestNewsS15Ent15Absent
			nil, nil},
		{"news-s15-ent15-sport.txt", "2025-10-25",
			[]string{
				"PERSON Тейлор Фритц",           // was «Фритец»
				"PERSON Анастасия Павлюченкова", // «в Линце Анастасия Павлюченкова уступила»: was «Анастасий Павлюченков»
				"PERSON Кончита Мартинес",       // «Тренер Павлюченковой Кончита Мартинес»: was one person
				"PERSON Янник Синнер",           // (guard)
			},
			[]string{"STATEMENT(заявила) date=2025-10-25 agent=Кончита Мартинес"}, // was «Павлюченковой Кончита Мартинес»
			nil},
		{"news-s15-ent15-culture.txt", "2025-12-10",
			[]string{"PERSON Николай Римский-Корсаков"},                                     // (guard) with the headline's «оперы Римского-Корсакова», a CITY before: TestNewsS15Ent15Absent
			[]string{"Николай Римский-Корсаков PRODUCES Сказание о невидимом граде Китеже"}, // (guard)
			nil},
		{"news-s15-ent15-economy.txt", "2025-11-28",
			[]string{"ORGANIZATION Сбер"},           // «Аналитики „Сбера“»: was «Сбера»
			[]string{"Андрей Костин WORKPLACE ВТБ"}, // (guard)
			nil},
		{"news-s15-ent15-tech.txt", "2026-01-14",
			[]string{"ORGANIZATION Московский физико-технический институт", "ORGANIZATION Высшая школа экономики"}, // (guard) with their acronyms in brackets
			[]string{"Дмитрий Ливанов WORKPLACE Московский физико-технический институт"},                           // (guard)
			nil},
		{"news-s15-ent15-diplomacy.txt", "2026-02-03",
			[]string{"PERSON Йоханн Вадефуль", "PERSON Кая Каллас", "PERSON Фридрих Мерц", "PERSON Катарина Дешнер"}, // (guard) foreign names in oblique cases
			nil, nil},
		{"news-s15-nat15-royal.txt", "2025-11-20",
			[]string{
				"COUNTRY Испания",        // «Испанская королева»: was a NATIONALITY
				"COUNTRY Австрия",        // «Австрийский посол»: was a NATIONALITY
				"CITY Кишинёв",           // (guard) «посетила Кишинёв»; the dateline «КИШИНЁВ,» merged into it
				"NATIONALITY молдавский", // (guard) «Молдавский актёр» stays a people (lower case since s21 intl21: a NATIONALITY opening a sentence)
			},
			nil, nil},
		{"news-s15-nat15-summit.txt", "2026-03-12",
			[]string{
				"COUNTRY Великобритания",  // (guard) «Британский премьер»
				"COUNTRY Япония",          // (guard) «японский дипломат»
				"NATIONALITY французский", // (guard) «Французский писатель» (lower case since s21 intl21)
			},
			nil, nil},
		{"news-s15-nerel15a-forum.txt", "2025-06-18",
			[]string{
				"EVENT Петербургский международный экономический форум", // «на Петербургском международном экономическом форуме»: no EVENT
				"EVENT Восточный экономический форум",                   // «на Восточном экономическом форуме»: no EVENT
				"EVENT Российско-китайский бизнес-форум",                // «Российско-китайского бизнес-форума»: was an ORGANIZATION
				"CITY Санкт-Петербург",                                  // (guard) the place adjective, nested
			},
			[]string{
				"Владимир Путин PARTICIPANT_IN Петербургский международный экономический форум",
				"Восточный экономический форум TAKES_PLACE_IN Владивосток",
			},
			nil},
		{"news-s15-nerel15a-festival.txt", "2026-07-23",
			[]string{
				"EVENT Всероссийский Шукшинский кинофестиваль", // (guard) the headline's EVENT ran over «открылся»: TestNewsS15Nerel15aAbsent
				"EVENT Одесский международный кинофестиваль",   // (guard)
				"EVENT Московский международный кинофестиваль", // (guard)
			},
			nil, nil},
		{"news-s15-nerel15a-riots.txt", "2026-04-29",
			[]string{
				"EVENT массовые беспорядки", // (guard) by «о массовых беспорядках»; the headline's was «беспорядков» alone
				"EVENT заказное убийство",   // «заказным убийством»: was «убийством» alone
			},
			[]string{"массовые беспорядки TAKES_PLACE_IN Гавар"}, // (guard; «Гавара» before the eighteenth session's retrained tagger, Гавар is the town)
			nil},
		{"news-s15-nerel15a-genocide.txt", "2026-04-24",
			[]string{
				"EVENT Геноцид армян", // (guard) «Геноцида армян»; «о Геноциде армян» was a CRIME: TestNewsS15Nerel15aAbsent
				"NATIONALITY армяне",  // (guard) nested
			},
			nil, nil},
		{"news-s15-nerel15b-club.txt", "2025-06-22",
			[]string{
				"ORGANIZATION Российский футбольный союз", // «Президент Российского футбольного союза»: was no organization («союз» of kindNouns)
				"ORGANIZATION Футбольный клуб «Зенит»",    // (guard)
			},
			[]string{
				"Александр Дюков WORKPLACE Российский футбольный союз",        // was only Россия
				"Александр Медведев WORKS_AS генеральный директор ФК «Зенит»", // (guard)
			},
			nil},
		{"news-s15-nerel15b-police.txt", "2026-02-03",
			[]string{
				"ORGANIZATION Полиция Берлина",     // (guard)
				"ORGANIZATION прокуратура Берлина", // (guard)
				"ORGANIZATION полиция Германии",    // (guard)
			},
			[]string{
				"Барбара Слович WORKPLACE Полиция Берлина",            // «начальник полиции Берлина»: was the bare «полиция» (bodyPlaceHeads)
				"начальник полиции Берлина WORKPLACE Полиция Берлина", // was none
				"Йенс Роммель WORKS_AS генеральный прокурор Германии", // (guard)
			},
			[]string{"Барбара Слович WORKPLACE полиция"}},
		{"news-s15-nerel15b-ministry.txt", "2026-01-14",
			[]string{"ORGANIZATION правительство Японии"}, // (guard)
			[]string{
				"Андрей Руденко WORKS_AS Заместитель министра иностранных дел России", // (guard)
				"Мария Захарова WORKS_AS официальный представитель МИД",               // (guard)
			},
			nil},
		{"news-s15-nerel15b-parliament.txt", "2025-11-01",
			[]string{
				"ORGANIZATION Парламент Молдавии",     // (guard)
				"ORGANIZATION правительство Молдавии", // (guard)
			},
			[]string{"Майя Санду WORKS_AS президент Молдавии"}, // (guard)
			nil},
		{"news-s15-nerel15c-court.txt", "2025-10-14",
			[]string{
				"CRIME соучастие в растрате",                  // «соучастии в растрате»: was «растрате» alone
				"CRIME мошенничество в особо крупном размере", // (guard)
				"PENALTY шесть лет колонии общего режима",     // (guard)
				"PENALTY штраф в размере 2 млн рублей",        // (guard)
				"LAW часть 4 статьи 159 УК РФ",                // (guard)
			},
			[]string{"Рустам Галеев CONVICTED_OF соучастие в растрате"}, // was «растрата»
			nil},
		{"news-s15-nerel15c-protest.txt", "2026-02-03",
			[]string{
				"LAW часть 8 статьи 20.2 КоАП РФ", // was «8 статьи 20.2 КоАП РФ»
				"LAW статья 20.2 КоАП РФ",         // the article inside
				"LAW КоАП РФ",                     // the code with its country: was «КоАП» alone
				"CRIME повторное нарушение установленного порядка проведения публичного мероприятия", // the article's name in parentheses
				"FACILITY памятник Александру Пушкину",                                               // (guard)
				"TIME вечером в субботу, 31 января",                                                  // (guard)
				"PENALTY штраф в 300 тысяч рублей",                                                   // (guard)
			},
			[]string{"КоАП РФ ORIGINS_FROM РФ"},
			nil},
		{"news-s15-nerel15c-murder.txt", "2025-11-21",
			[]string{
				"CRIME подготовка разбоя",           // «подготовку разбоя»: «разбоя» was no mention
				"CRIME покушение на убийство",       // (guard)
				"TIME ночью в четверг, 20 ноября",   // (guard)
				"PENALTY до 15 лет лишения свободы", // (guard)
			},
			nil, nil},
		{"news-s15-nerel15c-monument.txt", "2025-12-12",
			[]string{
				"FACILITY памятник изобретателю лазера Николаю Басову",   // the headline's: was none
				"FACILITY памятник нобелевскому лауреату Николаю Басову", // was none
				"TIME Утром в пятницу, 12 декабря",                       // (guard)
			},
			nil, nil},
		{"news-s15-appointment.txt", "2025-12-03",
			[]string{"PERSON Алексей Дюмин"}, // (guard)
			[]string{
				"MEETING(встретился) date=2025-12-02 participant=Алексей Дюмин agent=Владимир Путин place=Кремль time=во вторник", // «Как сообщил … Песков, Путин встретился»: Песков was an agent; «в Кремле» is the building (fac16: a seat of power keeps its own type)
				"Алексей Дюмин WORKS_AS губернатор Тульской области",                                                              // (guard)
			},
			[]string{"Дмитрий Песков AGENT встретился"}},
		{"news-s15-visit.txt", "2025-11-20",
			[]string{"PERSON Сергей Лавров"}, // (guard)
			[]string{"VISIT(Визит) date=2025-11-24 participant=Сергей Лавров time=в понедельник place=Анкара"}, // «Визит Лаврова» opening the text was a PERSON
			nil},
		{"news-s15-dateline.txt", "2025-11-25",
			nil,
			[]string{
				"STATEMENT(заявил) date=2025-11-23 agent=Дмитрий Песков",  // after the lead, before any other time: was undated
				"MEETING(совещание) date=2025-11-23 agent=Владимир Путин", // (guard)
			},
			nil},
		{"news-s15-football.txt", "2025-11-23",
			[]string{"ORGANIZATION Российская премьер-лига"},          // «Российской премьер-лиги», with «РПЛ»: was no organization
			[]string{"Сергей Семак WORKS_AS главный тренер «Зенита»"}, // (guard)
			nil},
		{"news-s16-city16-minsk.txt", "2026-01-14",
			[]string{
				"PERSON А.Лукашенко", // «сын А.Лукашенко Виктор»: was one PERSON
				"PERSON Виктор",
				"PERSON В.Шейман", // «из окружения В.Шеймана А.Кулешов»: was one PERSON
				"PERSON А.Кулешов",
				"CITY Гродно", // (guard)
			},
			[]string{"А.Лукашенко PARENT_OF Виктор"},
			nil},
		{"news-s16-city16-archive.txt", "2026-03-03",
			[]string{
				"COUNTRY Советский Союз",                 // (guard) «времён Советского Союза»
				"STATE_OR_PROVINCE Свердловская область", // (guard)
			},
			nil, nil},
		{"news-s16-city16-family.txt", "2026-02-09",
			[]string{
				"PERSON Майкл Джексон",  // «Мать Майкла Джексона Кэтрин»: was «Майкл Джексон Кэтрин»
				"PERSON Кэтрин Джексон", // (guard) now with «Кэтрин» of the headline merged
			},
			nil, nil},
		{"news-s16-city16-visit.txt", "2025-11-20",
			[]string{
				"PERSON М.Шаймиев",      // «Внучка М.Шаймиева Камиля»: was «М.Шаймиев Камиль»
				"PERSON Н.Петров",       // (guard) «Помощник Н.Петрова Ирина Соколова»
				"PERSON Ирина Соколова", // (guard)
			},
			nil, nil},
		{"news-s16-date16-law.txt", "2026-03-12",
			[]string{
				"ORDINAL 126", // «№ 126-ФЗ»: was «126-ФЗ»
				"ORDINAL 512", // «приказ № 512-ОД»: was «512-ОД»
				"DATE с 1 сентября 2026 года", // (guard)
			},
			nil, nil},
		{"news-s16-date16-surgery.txt", "2026-02-03",
			[]string{
				"TIME 14-часовую",      // was an ORDINAL
				"AGE 67-летнему",       // (guard)
				"MONEY 2,5 млн рублей", // (guard)
			},
			nil, nil},
		{"news-s16-date16-metro.txt", "2025-11-21",
			[]string{
				"TIME Ночью 20 ноября",  // (guard)
				"TIME около пяти часов", // (guard)
			},
			nil, nil},
		{"news-s16-fac16-show.txt", "2025-12-28",
			[]string{
				"WORK_OF_ART Голос. Дети",     // «шоу „Голос. Дети“» was cut in two sentences
				"WORK_OF_ART Тихий берег",     // (guard)
				"WORK_OF_ART Семейный бюджет", // (guard)
				"WORK_OF_ART Зимний сад",      // (guard)
			},
			[]string{"Анна Мельникова PRODUCES Зимний сад"}, // (guard)
			nil},
		{"news-s16-fac16-kremlin.txt", "2026-03-14",
			[]string{
				"FACILITY Белый дом",     // «недалеко от Белого дома», «рядом с Белым домом»: were an ORGANIZATION
				"ORGANIZATION Белый дом", // (guard) «Пресс-секретарь Белого дома»
			},
			[]string{
				"Акция протеста TAKES_PLACE_IN Белый дом",
				"перекрыла движение TAKES_PLACE_IN Белый дом",
				"PROTEST(Акция протеста) date=2026-03-14 place=Белый дом", // was participant=Белый дом
			},
			[]string{"PROTEST(Акция протеста) date=2026-03-14 participant=Белый дом"}},
		{"news-s16-fac16-storage.txt", "2026-02-05",
			[]string{
				"FACILITY Северное",   // (guard) «в хранилище „Северное“»
				"ORGANIZATION Вектор", // (guard)
			},
			nil, nil},
		{"news-s16-law16-rally.txt", "2026-03-14",
			[]string{
				"PENALTY 15 суткам административного ареста",                 // was none: «административного ареста» unknown
				"PENALTY административного штрафа в размере 20 тысяч рублей", // was «штрафа в размере …»
				"LAW статья 20.2 КоАП РФ",                                    // (guard)
			},
			[]string{
				"Игорь Смирнов PENALIZED_AS 15 суткам административного ареста",
				"Павел Орлов PENALIZED_AS административного штрафа в размере 20 тысяч рублей",
			},
			nil},
		{"news-s16-law16-fraud.txt", "2026-02-03",
			[]string{
				"LAW статья 159 Уголовного кодекса Российской Федерации", // (guard)
				"PENALTY денежному штрафу в размере 2 миллионов рублей",  // (guard)
				"CRIME мошенничество в особо крупном размере",            // (guard)
			},
			[]string{"Сергей Кузнецов CONVICTED_OF мошенничество в особо крупном размере"}, // (guard)
			nil},
		{"news-s16-law16-murder.txt", "2025-11-21",
			[]string{
				"PENALTY пожизненному лишению свободы", // (guard)
				"PENALTY пятилетний срок",              // «отбывал пятилетний срок за разбой»: was none
				"LAW статья 317 УК РФ",                 // (guard)
			},
			[]string{
				"Артём Лебедев CONVICTED_OF убийство сотрудника полиции", // (guard)
				"Артём Лебедев PENALIZED_AS пятилетний срок",
			},
			nil},
		{"news-s16-nat16-football.txt", "2026-03-14",
			[]string{
				"NUMBER 3", // «со счётом 3:1»: was the NUMBER «3:1»
				"NUMBER 1",
				"NUMBER 2", // «вничью 2:2»
			},
			nil, nil},
		{"news-s16-nat16-senate.txt", "2026-01-22",
			[]string{
				"PROFESSION сенатор",     // «Сенатор-республиканец»: was one NATIONALITY
				"IDEOLOGY республиканец", // the party's noun alone
				"PROFESSION конгрессмены",
				"IDEOLOGY демократы", // «конгрессмены-демократы»: was one IDEOLOGY
				"IDEOLOGY демократ",  // «Губернатор-демократ»
			},
			[]string{
				"Рэнд Пол IDEOLOGY_OF республиканец",   // was ORIGINS_FROM Сенатор-республиканец
				"Рэнд Пол WORKS_AS сенатор",            // the post of its own
				"Джей Би Прицкер IDEOLOGY_OF демократ", // was IDEOLOGY_OF Губернатор-демократ
			},
			nil},
		{"news-s16-nat16-xinjiang.txt", "2026-02-05",
			[]string{
				"NATIONALITY уйгуры", // «есть уйгуры, казахи и киргизы»: untagged
				"NATIONALITY казахи",
				"NATIONALITY киргизы",
				"NATIONALITY таджики",
				"COUNTRY Китай", // (guard)
			},
			nil, nil},
		{"news-s16-org16-summit.txt", "2026-01-16",
			[]string{
				"COUNTRY Италия",         // (guard) with «итало» of «итало-японских»: TestNewsS16Org16Absent
				"COUNTRY Китай",          // «российско-китайские»: was no mention
				"COUNTRY Россия",         // «российско»: was no mention
				"PERSON Джорджия Мелони", // (guard) with «Кабинет Джорджии Мелони»: TestNewsS16Org16Absent
				"ORGANIZATION кабинет",   // (guard)
				"CITY Пекин",             // (guard)
			},
			[]string{"Джорджия Мелони WORKS_AS премьер-министр Италии"}, // (guard)
			nil},
		{"news-s16-org16-association.txt", "2025-09-10",
			[]string{
				"ORGANIZATION Международная ассоциация преподавателей русского языка и литературы",         // was cut at «ассоциации»
				"PROFESSION президент Международной ассоциации преподавателей русского языка и литературы", // the post with it
			},
			[]string{"Людмила Вербицкая WORKPLACE Международная ассоциация преподавателей русского языка и литературы"},
			nil},
		{"news-s16-org16-monument.txt", "2025-09-17",
			[]string{
				"ORGANIZATION Государственный музей истории космонавтики имени К. Э. Циолковского", // was «Государственный музей»
				"COUNTRY Россия", // «российско-американском»: was no mention
				"COUNTRY США",
				"PERSON Константин Циолковский", // (guard)
			},
			[]string{"Владислав Шапша WORKS_AS губернатор Калужской области"}, // (guard)
			nil},
		{"news-s16-org16-parliament.txt", "2026-02-05",
			[]string{
				"ORGANIZATION Блок коммунистов и социалистов",          // was «Блок коммунистов»
				"PROFESSION лидер Блока коммунистов и социалистов",     // the post with it
				"ORGANIZATION Европейский союз журналистов и блогеров", // was «… журналистов»
			},
			[]string{"Игорь Додон WORKPLACE Блок коммунистов и социалистов"},
			nil},
		{"news-s16-prof16-blogger.txt", "2026-03-12",
			[]string{
				"PROFESSION егерь",    // «местного егеря»: an occupation noun, was none
				"PROFESSION блогер",   // (guard)
				"PROFESSION психолог", // (guard) «Детский психолог»
			},
			[]string{
				"Николай Фомин WORKS_AS егерь",  // the post found, the person has it
				"Анна Белова WORKS_AS психолог", // (guard)
			},
			nil},
		{"news-s16-prof16-summit.txt", "2026-05-15",
			[]string{
				"PROFESSION японский монарх",    // «японский монарх Нарухито»: was «монарх» alone
				"PROFESSION японский правитель", // «с японским правителем»: was none
				"PROFESSION японский премьер",   // was «премьер» alone
				"PROFESSION британский премьер", // (guard)
				"EVENT пресс-конференция",       // (guard)
			},
			[]string{
				"Нарухито WORKS_AS японский монарх",
				"Санаэ Такаити WORKS_AS японский премьер",
				"японский монарх WORKPLACE Япония",
			},
			[]string{"монарх ORIGINS_FROM Япония"}}, // the emperor does not come from his country: he heads it
		{"news-s16-prof16-shooting.txt", "2026-02-03",
			[]string{
				"PROFESSION раввин",        // «раввин местной синагоги»: was none
				"PROFESSION реаниматологи", // a specialist in -лог: was none
				"PROFESSION стоматолог",    // (guard)
				"EVENT госпитализация",     // (guard)
				"EVENT перестрелка",        // (guard)
			},
			[]string{"Михаил Левин WORKS_AS стоматолог"}, // (guard)
			nil},
		{"news-s17-misc17-awards.txt", "2026-01-14",
			[]string{
				"DATE в пятницу", // «в пятницу и субботу»: was one DATE
				"DATE субботу",
				"AWARD Государственная премия СССР", // (guard)
				"AWARD орден Почёта",                // (guard)
			},
			[]string{
				"Прощание POINT_IN_TIME в пятницу",        // was «в пятницу и субботу»
				"Игорь Лавров AWARDED_WITH Золотая маска", // (guard)
			},
			nil},
		{"news-s17-misc17-film.txt", "2026-02-10",
			[]string{
				"AWARD Гран-при фестиваля «Кинотавр»", // was untagged
				"WORK_OF_ART Один день из жизни",      // (guard) no DATE «Один день» in it
			},
			[]string{"Анна Мельникова AWARDED_WITH Гран-при фестиваля «Кинотавр»"},
			nil},
		{"news-s17-misc17-boxer.txt", "2026-03-03",
			[]string{"AWARD Чемпион мира"},                       // (guard) the first of «чемпион мира и Европы»
			[]string{"Андрей Сомов AWARDED_WITH чемпион России"}, // (guard)
			nil},
		{"news-s17-misc17-music.txt", "2026-05-05",
			[]string{
				"WORK_OF_ART Northern Lights", // «новый альбом Northern Lights»: was an ORGANIZATION
				"WORK_OF_ART Lighthouse",      // «трек Lighthouse»: was an ORGANIZATION
			},
			[]string{"Сплин PRODUCES Northern Lights"},
			nil},
		{"news-s17-misc17-health.txt", "2026-02-18",
			[]string{
				"DISEASE обморок",      // «упал в обморок»: was untagged
				"DISEASE гематома",     // «обнаружили гематому»: was untagged
				"DISEASE кровотечение", // was untagged
			},
			[]string{"Денис Орлов WORKS_AS нападающий омского «Авангарда»"}, // (guard)
			nil},
		{"news-s17-misc17-court.txt", "2026-04-22",
			[]string{
				"DATE в 2021—2022",     // (guard) the recognizer splits «в 2021—2022 и 2024—2025 годах»
				"DATE 2024—2025 годах", // (guard)
				"CRIME получение взятки в особо крупном размере", // (guard)
			},
			[]string{"Сергей Котов PENALIZED_AS восьми годам колонии строгого режима"}, // (guard)
			nil},
		{"news-s17-prof17-bavaria.txt", "2026-03-12",
			[]string{
				"PROFESSION министр внутренних дел земли Бавария", // was «Министр внутренних дел», stopped by «земли»
				"STATE_OR_PROVINCE Бавария",                       // (guard)
			},
			[]string{
				"Иоахим Херрманн WORKS_AS Министр внутренних дел немецкой земли Бавария", // (guard)
				"Маркус Зёдер WORKS_AS премьер-министр земли Бавария",                    // (guard)
				"министр внутренних дел земли Бавария WORKPLACE Бавария",                 // the post now holds the land
			},
			nil},
		{"news-s17-prof17-senate.txt", "2026-01-21",
			[]string{"PROFESSION губернатор штата Техас"},                      // (guard)
			[]string{"Грег Эбботт WORKS_AS губернатор штата Техас"},            // (guard)
			[]string{"Дональд Трамп WORKS_AS директор национальной разведки"}}, // (guard)
		{"news-s17-prof17-king.txt", "2026-02-04",
			[]string{
				"NATIONALITY поляк", // «великий поляк и дирижёр»: was a PROFESSION
				"PERSON Харальд V",  // (guard)
			},
			[]string{
				"Кшиштоф Мейер ORIGINS_FROM поляк",   // was «WORKS_AS поляк»
				"Харальд V WORKS_AS Король Норвегии", // (guard)
			},
			[]string{"Кшиштоф Мейер WORKS_AS поляк"}},
		{"news-s17-org17-london.txt", "2026-01-14",
			[]string{
				"ORGANIZATION Даунинг-стрит", // «В заявлении Даунинг-стрит»: the prime minister's office, was a FACILITY
				"FACILITY Даунинг-стрит",     // (guard) «перед резиденцией … на Даунинг-стрит, 10»: the street
			},
			[]string{"Акция протеста TAKES_PLACE_IN Даунинг-стрит"}, // (guard)
			nil},
		{"news-s17-org17-veterans.txt", "2026-02-02",
			[]string{
				"ORGANIZATION 13-й гвардейской стрелковой дивизии", // was the ORDINAL alone
				"ORGANIZATION 62-й армии", // (guard)
			},
			[]string{"Василий Чуйков WORKPLACE 62-й армии"}, // (guard)
			nil},
		{"news-s17-org17-border.txt", "2026-03-20",
			[]string{
				"ORGANIZATION Казинформ", // the agency after the dateline's dash: was a CITY
				"ORGANIZATION Белый дом", // «Белым домом было объявлено»: the power, was a FACILITY
				"FACILITY Хоргос",        // (guard) «на заставе „Хоргос“», «на посту „Хоргос“»
			},
			nil, nil},
		{"news-s17-ner17c-family.txt", "2026-02-03",
			[]string{
				"PERSON Стефани",    // was a CITY after «дочь» (apposedCityPersons)
				"PERSON Бейонсе",    // (guard)
				"PERSON Шанталь",    // (guard)
				"PROFESSION певица", // (guard)
			},
			nil, nil},
		{"news-s17-ner17c-volga.txt", "2026-03-12",
			[]string{
				"LOCATION Приволжский", // was named «Приволжск», a town (townOfRegion, regionAdjectiveName)
				"LOCATION Урал",        // (guard)
			},
			nil, nil},
		{"news-s17-nerfp17-orchestra.txt", "2026-03-14",
			[]string{
				"ORGANIZATION Симфонический оркестр Метрополитен-оперы", // (guard)
				"PERSON Дмитрий Маслеев",                                // (guard) «Маслеев неделю провёл»
				"CITY Мюнхен",                                           // (guard)
			},
			nil, nil},
		{"news-s18-loc18-concert.txt", "2025-08-14",
			[]string{
				"CITY Гданьск", // (guard)
				"CITY Сопот",   // (guard)
			},
			[]string{
				"докеры ORIGINS_FROM Гданьск", // «гданьских докеров»: the town's adjective was no mention
			},
			[]string{
				"Гданьская PARTICIPANT_IN юбилей забастовки", // «Гданьская верфь» was a PERSON
			}},
		{"news-s18-loc18-mali.txt", "2026-02-03",
			[]string{
				"NATIONALITY туареги", // «повстанцев-туарегов» was no mention
			},
			[]string{
				"туареги ORIGINS_FROM Мали",
			},
			nil},
		{"news-s18-loc18-vandal.txt", "2025-11-09",
			[]string{
				"DISTRICT Кройцберг",    // (guard)
				"IDEOLOGY ультраправые", // (guard)
			},
			[]string{
				"Кройцберг LOCATED_IN Берлин", // «берлинском районе» was a DISTRICT, now the town's CITY
			},
			nil},
		{"news-s18-org18-family.txt", "2026-04-14",
			[]string{
				"PERSON Камиля",           // «внучка Шаймиева Камиля»: was one PERSON «Шаймиев Камиль» (named Камиля since names18)
				"PERSON Минтимер Шаймиев", // (guard)
				"PERSON Тимур Шаймиев",    // (guard)
			},
			nil, nil},
		{"news-s18-org18-murom.txt", "2025-07-20",
			[]string{
				"CITY Муром",               // «31 июля Муром посетят журналисты»: was a PERSON, then the CITY «Мур» (the surname's lemma)
				"PERSON Владимир Зворыкин", // (guard)
			},
			nil, nil},
		{"news-s18-org18-hongkong.txt", "2026-02-03",
			[]string{
				"PROFESSION директор компании Huixin Yin Tong", // was «директор компании» alone
				"ORGANIZATION Huixin Yin Tong",                 // (guard)
				"PROFESSION глава корпорации CITIC",            // (guard)
			},
			nil, nil},
		{"news-s18-ner18b-senate.txt", "2026-02-12",
			[]string{
				"ORGANIZATION Совфед",  // was a PERSON: a clipped compound of «Сов» the dictionary does not know
				"PERSON Андрей Клишас", // was the PERSON «Совфеда Андрей Клишас»
				"ORGANIZATION Совбез",  // (guard)
			},
			[]string{
				"Андрей Клишас WORKPLACE Совфед", // «член Совфеда Андрей Клишас»
			},
			nil},
		{"news-s18-ner18b-tennis.txt", "2025-09-04",
			[]string{
				"FACILITY стадион имени Артура Эша", // was the PERSON alone
				"PERSON Артур Эш",                   // (guard)
			},
			[]string{
				"Матч TAKES_PLACE_IN стадион имени Артура Эша", // «Матч прошел на стадионе имени Артура Эша»
			},
			nil},
		{"news-s18-ner18b-requiem.txt", "2026-03-29",
			[]string{
				"WORK_OF_ART Польский реквием", // was an ORGANIZATION: «исполнила „Польский реквием“ Кшиштофа Пендерецкого»
			},
			[]string{
				"Кшиштоф Пендерецкий PRODUCES Польский реквием",
			},
			[]string{
				"Кшиштоф Пендерецкий WORKPLACE Польский реквием",
			}},
		{"news-s18-ner18b-mali.txt", "2026-01-08",
			[]string{
				"STATE_OR_PROVINCE Азавад", // was a PERSON: «провозгласили независимое государство Азавад»
			},
			nil, nil},
		{"news-s19-loc19-court.txt", "2026-02-03",
			[]string{
				"STATE_OR_PROVINCE Татарстан",              // «татарстанские следователи» was a COUNTRY
				"ORGANIZATION Казанский вертолётный завод", // (guard)
				"DISTRICT Авиастроительный район",          // (guard)
			},
			nil, nil},
		{"news-s19-loc19-festival.txt", "2026-06-20",
			[]string{
				"LOCATION Онежское озеро",   // «на набережной Онежского озера» was a FACILITY
				"STATE_OR_PROVINCE Карелия", // (guard)
			},
			nil, nil},
		{"news-s19-loc19-hospital.txt", "2026-01-09",
			[]string{
				"CITY Нижний Тагил",                      // (guard)
				"STATE_OR_PROVINCE Свердловская область", // (guard)
			},
			nil, nil},
		{"news-s19-loc19-bridge.txt", "2026-04-14",
			[]string{
				"STATE_OR_PROVINCE Московская область", // (guard) «Подмосковье» with it
				"CITY Серпухов",                        // (guard)
			},
			nil, nil},
		{"news-s19-misc19-court.txt", "2026-03-14",
			[]string{
				"CRIME подкуп свидетелей",                   // «предъявили обвинение в подкупе свидетелей»: was no mention
				"LAW Конституция Российской Федерации",      // was «Конституции» alone inside the article
				"CRIME организация незаконных азартных игр", // (guard)
				"PENALTY лишение свободы до шести лет",      // (guard)
			},
			[]string{"Конституция Российской Федерации ORIGINS_FROM Российская Федерация"},
			nil},
		{"news-s19-misc19-law.txt", "2025-11-05",
			[]string{
				"PENALTY исправительным работам сроком на один год", // was the punishment without its term
				"LAW Конституция штата Техас",                       // (guard)
			},
			[]string{"сенатор штата PENALIZED_AS исправительным работам сроком на один год"},
			nil},
		{"news-s19-misc19-cinema.txt", "2026-02-02",
			[]string{
				"WORK_OF_ART Живёт такой парень", // listed after two films: was no mention
				"WORK_OF_ART Печки-лавочки",      // (guard)
				"WORK_OF_ART Утро на Катуни",     // (guard)
			},
			nil, nil},
		{"news-s19-nerp19-blogger.txt", "2026-03-14",
			[]string{
				"PRODUCT Telegram",          // was the whole «Telegram-канале»
				"PRODUCT YouTube",           // was the whole «YouTube-блогера»
				"PROFESSION YouTube-блогер", // the whole word is the blogger's occupation
				"PRODUCT твиттер",           // was the whole «твиттер-аккаунте»
				"PERSON Артём Галиев",       // (guard)
				"ORGANIZATION Роскомнадзор", // (guard)
			},
			[]string{"Артём Галиев WORKS_AS YouTube-блогер"}, nil},
		{"news-s19-nerp19-king.txt", "2025-05-20",
			[]string{
				"ORDINAL V",               // was «V.» with the sentence's dot
				"PERSON Харальд V",        // (guard)
				"AWARD Абелевская премия", // (guard)
			},
			nil, nil},
		{"news-s19-nerp19-covid.txt", "2026-01-12",
			[]string{
				"DISEASE грипп", // (guard)
			},
			[]string{"Мария Гарсия MEDICAL_CONDITION грипп"},                 // (guard)
			[]string{"Мария Гарсия MEDICAL_CONDITION симптомы заболевания"}}, // was a DISEASE
		{"news-s19-nerp19-age.txt", "2026-02-03",
			[]string{
				"PERSON Сергей Иванов",    // (guard)
				"DATE с 2018 по 2025 год", // (guard)
			},
			nil, nil},
		{"news-s19-prof19-legend.txt", "2026-03-14",
			[]string{
				"PROFESSION король рок-н-ролла",                 // (guard)
				"PROFESSION поп-король",                         // was no mention
				"PROFESSION пресс-секретарь экс-президента США", // (guard)
			},
			nil, nil},
		{"news-s19-prof19-model.txt", "2026-02-03",
			[]string{
				"PROFESSION модель",        // «28-летняя бразильская модель», dropped as a thing
				"PROFESSION генсек",        // was «женщина-генсек»
				"PROFESSION модель Chanel", // (guard)
			},
			nil, nil},
		{"news-s19-prof19-village.txt", "2025-10-21",
			[]string{
				"PROFESSION глава района",     // was no mention
				"PROFESSION прокурор",         // was «женщина-прокурор»
				"PROFESSION глава сельсовета", // (guard)
			},
			nil, nil},
		{"news-s19-num19-law.txt", "2026-02-12",
			[]string{
				"DATE 12 фев",               // «МОСКВА, 12 фев — РИА Новости»: was a NUMBER
				"ORDINAL 13.15",             // «КоАП РФ 13.15 «…»»: was no mention
				"ORDINAL 13.15.11",          // «частью 13.15.11»: was a DATE
				"ORDINAL третьем",           // (guard)
				"MONEY до 100 тысяч рублей", // (guard)
			},
			nil, nil},
		{"news-s19-num19-energy.txt", "2025-09-03",
			[]string{
				"DATE 3 сент",          // «ЯКУТСК, 3 сент — ТАСС»: was the NUMBER «3»
				"NUMBER 1,5 МВт",       // was a MONEY
				"MONEY 240 млн рублей", // (guard)
			},
			nil, nil},
		{"news-s19-num19-people.txt", "2026-01-14",
			[]string{
				"AGE восемнадцать лет", // «когда ему было всего восемнадцать лет»: was a DATE
				"AGE 73 года",          // (guard)
			},
			[]string{"Виктор Семенов AGE_IS восемнадцать лет"},
			nil},
		{"news-s19-per19-festival.txt", "2025-07-25",
			[]string{
				"PERSON Шукшинские",     // was no mention: the writer of «Шукшинские дни на Алтае»
				"PERSON Шукшинских",     // was no mention
				"PERSON Шукшинская",     // (guard)
				"PERSON Василий Шукшин", // (guard)
			},
			nil, nil},
		{"news-s19-per19-family.txt", "2026-03-12",
			[]string{
				"FAMILY Семья Обамы", // was no mention
				"PERSON Барак Обама", // (guard)
			},
			nil, nil},
		{"news-s19-per19-clan.txt", "2026-02-04",
			[]string{
				"FAMILY Клан Назарбаевых", // was no mention
				"PERSON назарбаевская",    // was no mention: «назарбаевской эпохи»
			},
			nil, nil},
	})
}

// TestNewsEntitiesAbsent lists what must not stand as an entity of its
// own in news texts: a wrong type, extent or a mention that belongs to
// another entity.
func TestNewsEntitiesAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		// wrong names the texts gave before (twenty-second session, helper
		// names22b)
		{"news-s22-names22b-port.txt", []string{"CITY Дубно", "LOCATION Усть-Луг", "CITY Островца"}},
		{"news-s22-names22b-measles.txt", []string{"DISEASE корье", "PERSON Сабин Нсанзиман", "STATE_OR_PROVINCE Северная Рейн-Вестфалия"}},
		{"news-s22-names22b-towns.txt", []string{"CITY Нантакета"}},
		// the mine text's republic is one entity: the headline's «в Бурятии»
		// was a CITY beside the body's STATE_OR_PROVINCE (twenty-first
		// session, helper emerg21)
		{"news-s21-emerg21-mine.txt", []string{"CITY Бурятия"}},
		{"news-nerel13-concert.txt", []string{"ORGANIZATION Визбор", "PERSON Император Акихито"}},
		{"news-nerel13-games.txt", []string{"DATE ЕГЭ-2013", "DATE ЧМ-2018"}},
		{"news-nerel13-hesse.txt", []string{"PERSON Гаваре", "CITY Гессен", "PERSON Гессен Томас Шефер"}},
		{"news-nerel13b-cinema.txt", []string{
			"EVENT отставка", // «генерал в отставке»: a state, no event
			"ORGANIZATION Международный конкурс имени Сергея Рахманинова",
			"AWARD Звезда",
		}},
		{"news-nerel13c-court.txt", []string{
			"CITY Затон",
			"LAW часть 2 статьи 213",
			"LAW статья 213",
		}},
		{"news-s13-un.txt", []string{"PERSON Антониу Гутерришу", "PERSON Джо Локхарту", "PERSON Каи Каллас"}},
		{"news-s13-governors.txt", []string{"PERSON Ирина Ярова", "PERSON Де Ла Гранвиль"}},
		{"news-s13-court-business.txt", []string{"ORGANIZATION Русала"}},
		{"news-s13-ministers.txt", []string{"PERSON Стармеру Мерц"}},
		{"news-s13-regions.txt", []string{"COUNTRY Югра"}},
		{"news-s14-optics.txt", []string{"ORGANIZATION Уральский оптико-механический завод"}}, // the headline's name, merged
		{"news-s14-court.txt", []string{"ORGANIZATION Следственный комитет по части"}},        // «по части 4 статьи»: the grounds of the case
		{"news-s14-visit.txt", []string{"PERSON Лион", "PERSON Орли"}},
		{"news-s14-drones.txt", []string{"CITY Брянск", "STATE_OR_PROVINCE Курской областями", "COUNTRY Украинск"}},
		{"news-s14-clinic.txt", []string{
			"ORGANIZATION НМИЦ имени Мешалкина", // merged with the full name
			"ORGANIZATION НМИЦ имени Мешалкина Александр Чернявский",
			"ORGANIZATION Сибирь центр ядерной медицины",
		}},
		{"news-s15-ent15-science.txt", []string{
			"PERSON Учёные Сколковского", "PERSON Сколтеха Артём Абакумов", "PERSON Сколтех",
			"ORGANIZATION Сколковский институт науки", "ORGANIZATION Сколтех", // one organization with its short name
		}},
		{"news-s15-ent15-industry.txt", []string{"ORGANIZATION Шваб"}},
		{"news-s15-ent15-region.txt", []string{"CITY Суземок"}},
		{"news-s15-ent15-sport.txt", []string{"PERSON Тейлор Фритец", "PERSON Анастасий Павлюченков", "PERSON Павлюченковой Кончита Мартинес"}},
		{"news-s15-ent15-culture.txt", []string{"CITY Римский-Корсаков"}},
		{"news-s15-ent15-economy.txt", []string{"ORGANIZATION Сбера"}},
		{"news-s15-ent15-tech.txt", []string{"ORGANIZATION ИИ"}}, // «рынок ИИ»: artificial intelligence
		// «„Шкода Октавия“ (Skoda Octavia)»: the gloss, no person, joins the quoted name
		{"news-loc12-pipeline.txt", []string{"PERSON Skoda Octavia", "PRODUCT Skoda Octavia"}},
		{"news-s15-nat15-royal.txt", []string{
			"COUNTRY Кишинёв",         // the dateline «КИШИНЁВ, 20 ноября»
			"NATIONALITY Испанская",   // the queen's state
			"NATIONALITY Австрийский", // the ambassador's state
		}},
		{"news-s15-nat15-summit.txt", []string{
			"NATIONALITY российско-британская", // a compound of two countries, never tagged whole
		}},
		{"news-s15-nerel15a-festival.txt", []string{"EVENT открылся Всероссийский Шукшинский кинофестиваль"}},
		{"news-s15-nerel15a-genocide.txt", []string{"CRIME Геноцид"}},            // «говоря о Геноциде армян», now the EVENT
		{"news-s15-nerel15a-riots.txt", []string{"EVENT убийство"}},              // «заказным убийством», now the longer EVENT
		{"news-s15-nerel15c-court.txt", []string{"CRIME растрата"}},              // part of «соучастие в растрате»
		{"news-s15-nerel15c-protest.txt", []string{"LAW 8 статьи 20.2 КоАП РФ"}}, // opens with «части»
		{"news-s15-visit.txt", []string{"PERSON Визит Лавров", "PERSON Лавров"}}, // one person, Сергей Лавров
		{"news-s15-football.txt", []string{"ORGANIZATION РПЛ"}},                  // merged with Российская премьер-лига
		{"news-s16-city16-minsk.txt", []string{"PERSON А.Лукашенко Виктор", "PERSON В.Шейман А.Кулешов"}},
		{"news-s16-city16-archive.txt", []string{"COUNTRY Советск"}}, // «в бывшем Советском Союзе»: was the COUNTRY «Советском»
		{"news-s16-city16-visit.txt", []string{"PERSON М.Шаймиев Камиль"}},
		{"news-s16-city16-family.txt", []string{"PERSON Майкл Джексон Кэтрин"}},
		{"news-s16-date16-law.txt", []string{"ORDINAL 126-ФЗ", "ORDINAL 512-ОД"}},
		{"news-s16-date16-surgery.txt", []string{"ORDINAL 14-часовую"}},
		{"news-s16-date16-metro.txt", []string{"ORDINAL М", "NUMBER М"}},                                   // «букву «М»»: was an ORDINAL
		{"news-s16-law16-rally.txt", []string{"PENALTY штрафа в размере 20 тысяч рублей", "EVENT ареста"}}, // the bare noun inside the kind's PENALTY
		{"news-s16-law16-murder.txt", []string{"PENALTY пожизненному лишению"}},                            // (guard) the adjective and the noun without «свободы»
		{"news-s16-nat16-football.txt", []string{"NUMBER 3:1", "NUMBER 2:2"}},
		{"news-s16-nat16-senate.txt", []string{"NATIONALITY Сенатор-республиканец", "IDEOLOGY конгрессмены-демократы", "IDEOLOGY Губернатор-демократ"}},
		{"news-s16-org16-summit.txt", []string{"STATE_OR_PROVINCE Джорджия", "ORGANIZATION кабинет Джорджии"}}, // the first name read as the state
		{"news-s16-org16-monument.txt", []string{"AWARD Бронзовая статуя", "CITY Циолковский", "ORGANIZATION Государственный музей"}},
		{"news-s16-org16-association.txt", []string{"ORGANIZATION Международная ассоциация"}},
		{"news-s16-org16-parliament.txt", []string{"ORGANIZATION Блок коммунистов"}},
		// (guard) first nights, not rulers: «японские премьеры двух фильмов»
		{"news-s16-prof16-summit.txt", []string{"PROFESSION японские премьеры", "PROFESSION премьеры"}},
		{"news-s17-evner17-history.txt", []string{"CITY Великий"}}, // «Великого похода»
		{"news-s17-misc17-awards.txt", []string{"DATE в пятницу и субботу"}},
		{"news-s17-misc17-film.txt", []string{"DATE Один день"}},
		{"news-s17-misc17-music.txt", []string{"ORGANIZATION Northern Lights", "ORGANIZATION Lighthouse"}},
		{"news-s17-prof17-king.txt", []string{
			"PERSON Харальд V.", // «сам Харальд V.»: the sentence's dot, now left out
			"PROFESSION поляк",
		}},
		{"news-s17-prof17-bavaria.txt", []string{"PROFESSION премьер-министр земли"}}, // (guard)
		{"news-s17-org17-border.txt", []string{"CITY Казинформ", "FACILITY Белый дом"}},
		{"news-s17-ner17c-family.txt", []string{"CITY Стефани"}},
		{"news-s17-ner17c-volga.txt", []string{"LOCATION Приволжск"}},
		{"news-s17-nerfp17-orchestra.txt", []string{
			"CITY Симфонический", // a capitalized adjective of no place before «оркестром»
		}},
		{"news-s18-loc18-concert.txt", []string{"PERSON Гданьская"}},
		{"news-s18-loc18-vandal.txt", []string{"DISTRICT Берлинский район"}},
		{"news-s18-ev18-veteran.txt", []string{"EVENT Второй мировой"}},
		{"news-s18-ev18-race.txt", []string{"PERSON Кими Райкконена"}},
		{"news-s18-org18-family.txt", []string{"PERSON Шаймиев Камиль"}},
		{"news-s18-org18-murom.txt", []string{"PERSON Мур"}},
		// «медалью „За оборону Москвы“»: a medal's name, not the battle
		{"news-s18-evner18-veteran.txt", []string{"EVENT оборона Москвы"}}, // (guard)
		// «Доклад о битве за Москву»: NEREL leaves «за» and its place out
		{"news-s18-evner18-forum.txt", []string{"EVENT битва за Москву"}}, // (guard)
		// «помнить о Геноциде армян»: was «Геноциде» alone, a COUNTRY
		{"news-s18-evner18-memory.txt", []string{"COUNTRY Геноцид"}},
		{"news-s18-ner18b-senate.txt", []string{"PERSON Совфед", "PERSON Совфеда Андрей Клишас"}},
		{"news-s18-ner18b-memorial.txt", []string{"PERSON Цицернакаберд"}}, // «к мемориальному комплексу Цицернакаберд»: a FACILITY
		{"news-s18-ner18b-requiem.txt", []string{"ORGANIZATION Польский реквием"}},
		{"news-s18-ner18b-mali.txt", []string{"PERSON Азавад"}},
		// «лишил сана»: the status noun is not an EVENT of its own
		{"news-s19-evner19-bishop.txt", []string{"EVENT сан"}},
		// «акция назначена на субботу»: no one appointed
		{"news-s19-evner19-rally.txt", []string{"EVENT назначена"}},
		// «директора Казанского вертолётного завода»: a CITY of Казань
		{"news-s19-loc19-court.txt", []string{"PERSON Казанский", "COUNTRY Татарстан"}},
		// «Карельской государственной филармонии» with «Карелии»: the region
		{"news-s19-loc19-festival.txt", []string{"CITY Карелия", "FACILITY Онежское озеро"}},
		// «в Нижнем Тагиле Свердловской области»: a town and its region
		{"news-s19-loc19-hospital.txt", []string{"ORGANIZATION Нижний Тагил Свердловской области"}},
		// «Концерт транслировало Польское радио»: the country's adjective
		{"news-s18-ner18b-requiem.txt", []string{"CITY Польша"}},
		{"news-s19-nerp19-blogger.txt", []string{"PRODUCT Интернет-провайдеры", "PRODUCT Telegram-канал", "PRODUCT твиттер-аккаунт"}},
		{"news-s19-nerp19-king.txt", []string{"ORDINAL V."}},
		{"news-s19-nerp19-covid.txt", []string{"DISEASE симптомы заболевания", "DISEASE коронавирусная инфекция"}},
		{"news-s19-prof19-model.txt", []string{"PROFESSION женщина-генсек"}},
		{"news-s19-prof19-village.txt", []string{"PROFESSION женщина-прокурор"}},
		{"news-s19-num19-law.txt", []string{"NUMBER 12 фев", "DATE 13.15.11"}},
		{"news-s19-num19-energy.txt", []string{"MONEY 1,5 МВт", "NUMBER 3"}},
		{"news-s19-num19-people.txt", []string{"DATE восемнадцать лет"}},
		{"news-s19-per19-family.txt", []string{"FAMILY семья Клинтонов", "FAMILY Семья Клинтонов"}}, // (guard)
		// twenty-third session (helper finance23)
		{"news-s23-finance23-sber.txt", []string{"PERSON Сбера"}},                      // before: there
		{"news-s23-finance23-ipo.txt", []string{"ORGANIZATION Т-Банк и «Совкомбанк»"}}, // before: the two banks one entity
		// twenty-fifth session (helper labour25)
		{"news-s25-labour25-samsung.txt", []string{"PROFESSION профсоюз Samsung", "PROFESSION южнокорейская компания Samsung Electronics"}},
		{"news-s25-labour25-miners.txt", []string{"EVENT инспекция труда", "ORGANIZATION Государственная инспекция"}},
		// twenty-fifth session (helper ner25b)
		{"news-s25-ner25b-fund.txt", []string{"ORGANIZATION Фонд развития"}}, // was nested in «Фонд развития территорий» (actionNounHeads)
		// twenty-fifth session (helper eco25)
		{"news-s25-eco25-wildfire.txt", []string{
			"ORGANIZATION ЧС",     // «режим ЧС»: an emergency, was an organization (termAcronyms)
			"PERSON Сохондинский", // the reserve's adjective (naturePlaces)
		}},
		{"news-s25-eco25-storm.txt", []string{"ORGANIZATION Хайшень"}}, // the typhoon (stormNames)
		{"news-s25-eco25-oilspill.txt", []string{"PERSON Марина", "FACILITY Цемесская бухта"}},
	})
}
