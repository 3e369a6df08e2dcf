package pipeline

import "testing"

// TestNewsRelations checks the relations of news texts
// (testdata/news-*.txt): organizations' parts, owners, founders and staff,
// posts, places and participants, said in the ways wire reports say them;
// the relations listed last in a case are wrong ones a rule removed. Lines
// marked (guard) held before the rule they pin.
func TestNewsRelations(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-shipyard.txt", "2025-11-18",
			[]string{"ORGANIZATION Адмиралтейские верфи", "PRODUCT Якутск"}, // a headline's quoted name, after «АО» in the text; «подводную лодку „Якутск“»
			[]string{
				"Адмиралтейские верфи PART_OF Объединенная судостроительная корпорация", // «АО „…“, входящее в состав …»
				"Александр Бузаков WORKPLACE Адмиралтейские верфи",                      // «генеральный директор верфи»
				"Адмиралтейские верфи HEADQUARTERED_IN Санкт-Петербург",                 // «Предприятие, расположенное в Санкт-Петербурге, …»
			},
			nil},
		{"news-refinery.txt", "2025-11-17",
			nil,
			[]string{
				"Лукойл OWNER_OF Волгоградский нефтеперерабатывающий завод", // «Завод, расположенный …, является дочерним предприятием „Лукойла“»
				"Лукойл FOUNDED_BY Вагит Алекперов",                         // «был основан в 1991 году Вагитом Алекперовым»
				"Лукойл OWNER_OF Нижегородский НПЗ",                         // «Компания также владеет Нижегородским НПЗ …»
				"Лукойл OWNER_OF Пермский НПЗ",                              // «… в Кстове и Пермским НПЗ»: past the place
			},
			nil},
		{"news-institute.txt", "2025-11-18",
			nil,
			[]string{
				"Алексей Кочетов WORKPLACE Институт цитологии и генетики Сибирского отделения РАН",  // «директор института»
				"Институт цитологии и генетики Сибирского отделения РАН FOUNDED_BY Николай Дубинин", // «Институт был основан … академиком Николаем Дубининым»
			},
			[]string{
				// «ИЦиГ» spells the institute, not the academy nor its branch
				"Сибирское отделение Российской академии наук ABBREVIATION ИЦиГ",
				"Российская академия наук ALTERNATIVE_NAME ИЦиГ",
			}},
		{"news-satellite.txt", "2025-11-16",
			[]string{"PRODUCT Экспресс-АМУ4"}, // «спутник связи „Экспресс-АМУ4“»
			[]string{
				"Информационные спутниковые системы PRODUCES Экспресс-АМУ4", // «(ИСС) изготовило спутник связи …»
				// «Предприятие, расположенное в Железногорске …, входит в госкорпорацию „Роскосмос“»
				// after «… для ФГУП „Космическая связь“, сообщили в пресс-службе Роскосмоса»
				"Информационные спутниковые системы HEADQUARTERED_IN Железногорск",
				"Информационные спутниковые системы PART_OF Роскосмос",
			},
			[]string{
				"М. Ф. Решетнев ALTERNATIVE_NAME Информационные спутниковые системы", // «имени академика М. Ф. Решетнёва»
			}},
		{"news-media.txt", "2025-11-19",
			[]string{"ORGANIZATION Газпромбанк"},
			[]string{
				"Европа Плюс PART_OF Газпром-медиа", // «В холдинг также входят радиостанции „Европа Плюс“ и „Эхо Петербурга“ и видеосервис Premier»
				"Эхо Петербурга PART_OF Газпром-медиа",
				"Premier PART_OF Газпром-медиа",
				"Газпромбанк OWNER_OF Газпром-медиа", // «дочерней компанией „Газпромбанка“»: the name declines
			},
			nil},
		{"news-agro.txt", "2025-11-19",
			[]string{"PERSON Виктор Линник", "PERSON Александр Линник"}, // «братья Александр и Виктор Линники»
			[]string{
				"Мираторг FOUNDED_BY Виктор Линник", // «Холдинг основали братья …», four sentences after «холдинг „Мираторг“»
				"Мираторг FOUNDED_BY Александр Линник",
			},
			[]string{"Мираторг FOUNDED_BY Александр Богомаз", "Александр Линник ALTERNATIVE_NAME Александр Богомаз"}},
		{"news-insulin.txt", "2025-11-20",
			nil,
			[]string{"Герофарм FOUNDED_BY Петр Родионов"}, // «основатель и председатель совета директоров компании Петр Родионов»
			nil},
		{"news-retail.txt", "2025-11-17",
			[]string{"ORGANIZATION Пятерочка"}, // «Генеральный директор „Пятерочки“»: an employer
			[]string{
				"X5 Group OWNER_OF Пятерочка", // «Торговая сеть „Пятерочка“, принадлежащая X5 Group»
				"Вера Скворцова WORKPLACE Пятерочка",
			},
			[]string{"Вера Скворцова PRODUCES Пятерочка"}},
		{"news-federation.txt", "2025-11-20",
			nil,
			nil,
			[]string{"Владислав Третьяк WORKS_AS третьяк"}}, // «Третьяк руководит ФХР»: the surname, not a post
		{"news-ministry.txt", "2025-11-19",
			nil,
			// «Министерство … подчиняется правительству региона и расположено в Екатеринбурге»
			[]string{
				"Министерство здравоохранения Свердловской области HEADQUARTERED_IN Екатеринбург",
				"Игорь Трофимов WORKS_AS исполняющий обязанности министра", // «Исполняющим обязанности министра назначен …»
			},
			nil},
		{"news-rel12-mid-meeting.txt", "2025-11-20",
			nil,
			[]string{
				// «Беседа состоялась в МИД России»: the host, no party; the
				// meeting of the sentence before told again (TestNewsRel13)
				"MEETING(встречу) date=2025-11-12 agent=Андрей Руденко place=Москва time=в среду agent=Акира Муто",
			},
			[]string{"MEETING(Беседа) date=2025-11-12 participant=МИД России"}},
		{"news-rel12-gazprom-talks.txt", "2025-11-20",
			nil,
			nil,
			[]string{
				"Газпром HEADQUARTERED_IN Астана",                               // «„Газпром“ обсудил в Астане», «провел в Астане переговоры»
				"APPOINTMENT(возглавил) date=2025-11-13 agent=Виталий Маркелов", // «Делегацию компании возглавил …»
			}},
		{"news-rel12-call.txt", "2025-11-20",
			nil,
			[]string{
				"MEETING(телефонный разговор) date=2025-11-17 agent=Сергей Лавров agent=Хакан Фидан",
				"VISIT(посетить) date=2025-12 agent=Сергей Лавров time=в декабре place=Анкара", // «пригласил Лаврова посетить Анкару в декабре»: ahead
			},
			nil},
		{"news-rel12-ambassador.txt", "2025-11-20",
			nil,
			[]string{
				"DISMISSAL(освобожден) date= participant=Георгий Борисенко", // «от должности освобожден»
				// «Путин назначил нового посла России в Египте» … «назначил Алексея Кузнецова»:
				// not the ambassador to Tunisia of the last sentence; the dateline's day
				"APPOINTMENT(назначил) date=2025-11-06 place=Египет agent=Владимир Путин participant=Алексей Кузнецов",
				// «В прошлом месяце Путин также назначил …»: another appointment
				"APPOINTMENT(назначил) date=2025-10 agent=Владимир Путин time=В прошлом месяце place=Тунис participant=Дмитрий Лобанов",
			},
			[]string{"APPOINTMENT(назначил) date=2025-10 place=Египет participant=Дмитрий Лобанов agent=Владимир Путин participant=Алексей Кузнецов"}},
		{"news-rel12-board.txt", "2025-11-20",
			nil,
			[]string{
				"Аэрофлот OWNER_OF Россия", // «„Аэрофлоту“ принадлежат авиакомпании „Россия“ и „Победа“»
				"Аэрофлот OWNER_OF Победа",
				// «Совет директоров ПАО „Аэрофлот“ в пятницу продлил полномочия …»: the lead's day
				// (names25b: the headline's board is the lead's one, named so)
				"ELECTION(переизбрал) date=2025-10-24 agent=Совет директоров ПАО «Аэрофлот» object=Сергей Александров",
			},
			[]string{"Россия OWNER_OF Аэрофлот"}},
		{"news-rel12-acquisition.txt", "2025-11-20",
			nil,
			[]string{
				"Геннадий Тимченко OWNER_OF Сибур", // «акционерами „Сибура“ являются Леонид Михельсон и Геннадий Тимченко»
			},
			nil},
		{"news-rel12-plant.txt", "2025-11-20",
			nil,
			nil,
			// «посетил Уральский турбинный завод»: visited, not visiting
			[]string{"Уральский турбинный завод AGENT посетил"}},
		{"news-rel12-rosatom.txt", "2025-11-20",
			nil,
			// «ТАШКЕНТ, 21 октября. /ТАСС/. … подписали в Ташкенте
			// контракт»: the day the report was filed
			[]string{"SIGNING(подписали) date=2025-10-21 participant=Алексей Лихачев agent=Журабек Мирзамахмудов place=Ташкент participant=Шавкат Мирзиёев"},
			nil},
		{"news-rel12-fraud.txt", "2025-11-20",
			nil,
			// «Смирнов был задержан в апреле. Его адвокат Олег Ковалев
			// заявил, что защита обжалует приговор …»: said on the day of
			// the verdict, not in April
			[]string{"STATEMENT(заявил) date=2025-11-18 agent=Олег Ковалев"},
			nil},
		{"news-rel12-talks.txt", "2025-11-20",
			nil,
			[]string{
				// «провел в Доме правительства переговоры»: the lead places the headline's talks
				"MEETING(переговоры) date=2025-11-18 agent=Михаил Мишустин place=Дом правительства participant=Фам Минь Тинь participant=Дмитрий Чернышенко participant=Антон Алиханов",
				// «По итогам встречи стороны подписали меморандум»: the parties of the talks the sentence before told again
				// and «Документ подписали …» the signers of that signing (retoldSigning, ev20; was a second SIGNING)
				"SIGNING(подписали) date=2025-11-18 agent=Михаил Мишустин agent=Фам Минь Тинь agent=Дмитрий Чернышенко agent=Антон Алиханов agent=Сергей Цивилев agent=Нгуен Хонг Зиен",
			},
			nil},
		{"news-court-names.txt", "2025-11-20", nil, nil,
			[]string{"Ирина Лебедева WORKPLACE Московский городской суд"}}, // «заявила, что защита обжалует приговор в Московском городском суде»
		{"news-foreign-ministers.txt", "2025-11-20", nil, nil,
			[]string{
				"Ван И WORKS_AS турецкий министр", // «Как отметил турецкий министр» after «министром иностранных дел Китая Ван И»
				"Ван И WORKPLACE Турция",
				"египетский AGENT переговоры", // «переговоры с египетским коллегой»
			}},
		{"news-sports-federation.txt", "2025-11-20", nil,
			[]string{"Владислав Третьяк WORKPLACE Федерация хоккея России"},                     // «Конференция Федерации хоккея России (ФХР) переизбрала Владислава Третьяка президентом организации»
			[]string{"Михаил Дегтярев AWARDED_WITH «За заслуги перед Отечеством» III степени"}}, // «Он вручил Третьяку орден …»
		{"news-caucasus-names.txt", "2025-11-20", nil, nil,
			[]string{"Фарид Исаев INCOME 1,5 млрд долларов"}}, // «заявил, что товарооборот двух стран … превысил …»
		{"news-space-2.txt", "2025-11-20", nil, nil,
			[]string{"космонавты Роскосмоса ALTERNATIVE_NAME генеральный директор Роскосмоса"}},
		{"news-rel12b-severstal.txt", "2025-11-20", nil, nil,
			[]string{
				"Александр Шевелев WORKPLACE Вологодская область", // «генеральный директор компании Александр Шевелев и губернатор Вологодской области …»
				"Александр Шевелев EXPENDITURE 40 млрд рублей",    // «заявил, что инвестиции в проект составили …»
				"Александр Шевелев WORKS_AS губернатор",           // «Губернатор поблагодарил …» after «Шевелев заявил …»
			}},
		{"news-rel12b-sber.txt", "2025-11-20", nil,
			[]string{
				"Герман Греф WORKS_AS президент", // «утвердил Германа Грефа президентом и председателем правления банка»
				"Герман Греф WORKS_AS председатель правления",
			},
			nil},
		{"news-rel12b-avtovaz.txt", "2025-11-20", nil, nil,
			[]string{
				"Вячеслав Федорищев AWARDED_WITH За трудовую доблесть", // «Федорищев наградил мастера … Ивана Котова медалью …»
				"Максим Соколов WORKS_AS губернатор",                   // «Губернатор отметил» three sentences after «губернатор Самарской области Вячеслав Федорищев»
			}},
		{"news-rel12b-envoys.txt", "2025-11-20", nil, nil,
			[]string{
				"Сергей Лавров WORKS_AS индийский министр", // «Как отметил индийский министр» after «… России Сергеем Лавровым»
				"Сергей Лавров WORKPLACE Индия",
				"бразильский AGENT переговоры", // «переговоры с бразильским коллегой»
			}},
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
		{"news-rel13b-court.txt", "2025-11-20",
			nil,
			[]string{
				"Тимур Иванов PENALIZED_AS 18 лет заключения",            // (guard)
				"DISMISSAL(отставки) date= participant=Александр Беглов", // (guard)
			},
			[]string{
				"Тимур Иванов AGE_IS 18 лет",                       // «Прокуратура требовала для Иванова 18 лет заключения»
				"OTHER(пикета) date= participant=Александр Беглов", // «Участники пикета … требовали отставки губернатора Александра Беглова»
			}},
		{"news-rel13b-hockey.txt", "2025-11-20",
			nil,
			[]string{"STATEMENT(объявил) date=2025-11-19 agent=Спартак"}, // «Между тем футбольный клуб „Спартак“ объявил»: not 2022, the hockey story's
			[]string{
				"STATEMENT(объявил) date=2022 agent=Спартак",
				"Гильермо Абаскаля ORIGINS_FROM Серб", // «Серб сменил на этом посту Гильермо Абаскаля»
			}},
		{"news-rel13b-merger.txt", "2025-11-20",
			nil,
			nil,
			[]string{"ACQUISITION(объявил о слиянии) date=2025-11-12 agent=ВТБ object=Открытие"}}, // «Тем временем банк ВТБ объявил»: not the day FAS approved the other deal
		{"news-rel13b-attack.txt", "2025-11-20",
			nil,
			[]string{"Вооруженные силы Украины AGENT атаковали"}, // (guard)
			[]string{
				"Белгородская область LOCATED_IN Украина", // «Вооруженные силы Украины в ночь на понедельник атаковали беспилотниками Белгородскую область»
				"Белгород LOCATED_IN Курской областями",   // «над Белгородской и Курской областями»
			}},
		{"news-rel13b-diplomacy.txt", "2025-11-20",
			nil,
			[]string{
				"Ермек Кошербаев WORKPLACE Казахстан",                                                   // (guard)
				"VISIT(прибыл) date=2025-11-13 agent=Сергей Лавров place=Бишкек time=На следующий день", // the day after the talks of the dateline
				"MEETING(встретился) date=2025-11-13 agent=Сергей Лавров participant=Садыр Жапаров",
			},
			[]string{"Сергей Лавров WORKPLACE Казахстан"}}, // «Лавров и министр иностранных дел Казахстана Ермек Кошербаев подписали»
		{"news-s14-rel14-region.txt", "2025-11-20",
			nil,
			[]string{
				"Иван Беспалов SPOUSE Светлана",                         // «… окончил Тульский государственный университет. Его жена Светлана»
				"Иван Беспалов PLACE_OF_BIRTH Новомосковск",             // (guard) «Уроженец Новомосковска, Беспалов»
				"Дмитрий Лучин WORKS_AS первый заместитель губернатора", // (guard) «Теперь он занимает пост …»
			},
			nil},
		{"news-s14-rel14-court.txt", "2025-11-20",
			nil,
			[]string{"Виктор Пахомов SIBLING Елена Пахомова"}, // «от владельца … Виктора Пахомова. Его сестра Елена Пахомова»
			[]string{"Сергей Кравцов SIBLING Елена Пахомова"}},
		{"news-s14-rel14-obituary.txt", "2025-11-20",
			nil,
			[]string{
				"Карпенко SIBLING Николай Карпенко", // «Его брат Николай Карпенко»
				"Карпенко SPOUSE Галина",            // (guard) «У Карпенко остались жена Галина, сын Андрей и дочь Мария»
				"Андрей SIBLING Мария",              // (guard)
			},
			[]string{
				"Карпенко ALTERNATIVE_NAME Николай Карпенко", // a brother, not another name
				"Галина SIBLING Андрей",                      // a wife and a son
				"Галина SIBLING Мария",
			}},
		{"news-s14-rel14-holding.txt", "2025-11-20",
			nil,
			[]string{
				"Калужский завод HEADQUARTERED_IN Людиново", // «… по покупке Калужского завода … Завод, расположенный в Людинове»
				"Металлоинвест PART_OF USM",                 // «„Металлоинвест“ со штаб-квартирой в Москве входит в холдинг USM»
				"Алишер Усманов OWNER_OF USM",               // (guard) «основным владельцем которого является Алишер Усманов»
				"USM OWNER_OF Лебединский ГОК",              // «Лебединский ГОК, крупнейшее предприятие холдинга» after «входит в холдинг USM»
			},
			[]string{"USM HEADQUARTERED_IN Москва"}},
		{"news-s14-rel14-science.txt", "2025-11-20",
			nil,
			[]string{
				"Елена Смирнова PLACE_OF_BIRTH Казань",                                      // «Уроженка Казани окончила …»: the person before
				"Елена Смирнова SCHOOLS_ATTENDED Новосибирский государственный университет", // the same
				"Елена Смирнова SPOUSE Андрей Смирнов",                                      // «Ее муж Андрей Смирнов»
			},
			nil},
		{"news-s14-rel14-sport.txt", "2025-11-20",
			nil,
			// (guard) «Основным владельцем „Зенита“ является „Газпром“»; the club
			// is named «Зенит» since soc20 (was «Футбольный клуб „Зенит“», the
			// description that opens the lead)
			[]string{"Газпром OWNER_OF Зенит"},
			[]string{"Зенит OWNER_OF Газпром"}}, // the model's other way
		{"news-s15-rel15-optics.txt", "2026-01-14",
			[]string{"ORGANIZATION Швабе", "ORGANIZATION Ростех"}, // (guard)
			[]string{
				"Швабе PART_OF Ростех", // «Холдинг «Швабе» госкорпорации «Ростех»»: parentOf
				"Новосибирский приборостроительный завод PART_OF Швабе",  // «входящий в состав холдинга»: wholeByKind
				"Алексей Гладышев WORKS_AS генеральный директор «Швабе»", // (guard)
			},
			nil},
		{"news-s15-rel15-football.txt", "2026-03-08",
			nil,
			[]string{
				"Педро ORIGINS_FROM бразилец",                     // (guard)
				"Эсекьель Барко WORKPLACE Спартак",                // (guard)
				"Эсекьель Барко ORIGINS_FROM аргентинец",          // (guard)
				"Валерий Карпин WORKS_AS главный тренер «Динамо»", // (guard)
			},
			[]string{
				"Александр Соболев ORIGINS_FROM бразилец", // «бразилец Педро и Александр Соболев»: othersNationality
				"Педро WORKPLACE Спартак",                 // «…, у «Спартака» отличился аргентинец Эсекьель Барко»: laterClauseTeam
				"Александр Соболев WORKPLACE Спартак",
			}},
		{"news-s15-rel15-factory.txt", "2026-03-05",
			[]string{"PRODUCT Як-152"}, // (guard)
			[]string{
				"Нижегородский авиастроительный завод «Сокол» PART_OF МиГ",     // «, филиал корпорации «МиГ»,»: branch
				"Нижегородский авиастроительный завод «Сокол» PRODUCES Як-152", // «приступил к серийной сборке … Як-152»: startedProduction
				"Илья Тарасенко WORKPLACE МиГ",                                 // (guard)
			},
			[]string{"МиГ PRODUCES Як-152"}}, // (guard) the organization inside the apposition is no subject
		{"news-s15-rel15-merger.txt", "2026-02-03",
			nil,
			[]string{
				"Ютэйр OWNER_OF Азимут",    // «находилась в собственности группы «Ютэйр»»: property
				"Аэрофлот OWNER_OF Азимут", // (guard)
				"Аэрофлот OWNER_OF Победа", // (guard) «дочерняя компания «Аэрофлота»»
				"Сергей Александровский WORKS_AS генеральный директор «Аэрофлота»", // (guard)
			},
			nil},
		{"news-s15-rel15-summit.txt", "2026-05-21",
			nil,
			[]string{"Юрий Ушаков WORKS_AS помощник президента России"}, // (guard)
			nil},
		{"news-s15-rel15-cinema.txt", "2026-07-09",
			nil,
			[]string{
				"Павел Лунгин WORKS_AS председатель жюри",                  // «Председателем жюри стал режиссер Павел Лунгин»: becamePost, predicatePost
				"Павел Лунгин WORKS_AS режиссер",                           // (guard)
				"Наталья Мещанинова PRODUCES Один маленький ночной секрет", // (guard)
			},
			nil},
		{"news-s15-rel15-appoint.txt", "2026-02-12",
			nil,
			[]string{
				"Касым-Жомарт Токаев WORKS_AS президент Казахстана", // (guard)
				"КазМунайГаз PART_OF Самрук-Казына",                 // (guard) «входящую в фонд»
			},
			nil},
		{"news-s15-rel15b-region.txt", "2025-11-12",
			[]string{"CITY Суземка"}, // (guard)
			nil,
			[]string{"Брянск ALTERNATIVE_NAME Суземка"}}, // the dateline's city is no other name of the body's village
		{"news-s15-rel15b-sport.txt", "2025-11-16",
			nil,
			[]string{"Янник Синнер ORIGINS_FROM итальянец"},  // (guard)
			[]string{"Янник Синнер ORIGINS_FROM россиянин"}}, // «Синнер обыграл россиянина»: the loser's
		{"news-s15-rel15b-forums.txt", "2025-09-02",
			nil,
			nil,
			[]string{ // two forums, not two names of one
				"Восточный экономический форум ALTERNATIVE_NAME Петербургский международный экономический форум",
				"Петербургский международный экономический форум ALTERNATIVE_NAME Восточный экономический форум",
			}},
		{"news-s15-rel15b-kremlin.txt", "2025-11-20",
			nil,
			[]string{"Дмитрий Песков WORKS_AS Пресс-секретарь президента России"}, // (guard)
			[]string{"Дмитрий Песков WORKS_AS глава государства"}},                // «Как сообщил Песков, глава государства примет участие»
		{"news-s15-rel15b-airshow.txt", "2025-11-18",
			nil,
			[]string{"Швабе PART_OF Ростех"},                      // (guard)
			[]string{"Ростех PARTICIPANT_IN Dubai Airshow 2025"}}, // the holding takes part, not its parent
		{"news-s16-rel16-visit.txt", "2026-03-14",
			nil,
			[]string{"Александар Вучич WORKS_AS президент Сербии"}, // (guard)
			[]string{
				"Белград LOCATED_IN Франция",  // «Французский президент прибыл в Белград»: the president is French
				"Визит POINT_IN_TIME два дня", // «Визит продлится два дня»: a duration
			}},
		{"news-s15-nat15-royal.txt", "2025-11-20",
			nil,
			[]string{"Майя Санду WORKS_AS президент Молдавии"}, // (guard)
			[]string{
				"Кишинёв LOCATED_IN Испания",        // «Испанская королева посетила Кишинёв»
				"Думитру Карачобану WORKS_AS посол", // «Молдавский актёр Думитру Карачобану … . Австрийский посол …»
			}},
		{"news-s15-rel15b-kremlin.txt", "2025-11-20",
			nil,
			[]string{"Дмитрий Песков WORKS_AS Пресс-секретарь президента России"}, // (guard)
			[]string{"Дмитрий Песков PARTICIPANT_IN саммит"}},                     // «Песков рассказал о планах президента на саммит»
		{"news-s16-rel16-tennis.txt", "2026-02-12",
			nil,
			[]string{"Мирра Андреева WORKS_AS теннисистка"}, // (guard)
			[]string{"Турнир POINT_IN_TIME неделю"}},        // «Турнир продлится неделю»
		{"news-s16-rel16-forum.txt", "2025-12-03",
			nil,
			[]string{"Дмитрий Песков WORKS_AS пресс-секретарь Кремля"}, // (guard)
			[]string{
				"Россия PARTICIPANT_IN Россия зовёт!",         // a word of the forum's title
				"Дмитрий Песков PARTICIPANT_IN Россия зовёт!", // «…», сообщил … Песков»: the source
				"Владимир Путин WORKS_AS министр финансов",    // «провёл встречу с новым министром финансов»
			}},
		{"news-s16-rel16-football.txt", "2025-11-08",
			nil,
			[]string{"Сергей Семак WORKS_AS главный тренер «Зенита»"}, // (guard)
			[]string{
				"Газпром Арена LOCATED_IN Москва",  // «московский „Локомотив“ на „Газпром Арене“»
				"Сергей Семак WORKPLACE Локомотив", // «команда Сергея Семака примет московский „Локомотив“»
			}},
		{"news-s16-rel16b-court.txt", "2025-11-20",
			nil,
			[]string{
				"Андрей Соколов PENALIZED_AS пожизненному заключению", // (guard)
				"Андрей Соколов CONVICTED_OF убийство полицейского",   // (guard)
			},
			[]string{
				"полицейский PENALIZED_AS пожизненное заключение", // the victim after «Убийце» is no convict
				"Андрей Соколов WORKS_AS сотрудник ДПС",           // «осуждённый напал на сотрудника ДПС»: the object of his act
			}},
		{"news-s16-rel16b-politics.txt", "2025-11-20",
			nil,
			[]string{"Дональд Трамп WORKS_AS президент США"}, // (guard)
			[]string{
				"российский лидер ALTERNATIVE_NAME украинский лидер",         // two countries' leaders
				"Дональд Трамп WORKS_AS российский лидер и украинский лидер", // «По словам Трампа, российский лидер и украинский лидер готовы»
				"Дональд Трамп WORKPLACE Россия",                             // the same
			}},
		{"news-s16-rel16b-football.txt", "2025-11-20",
			nil,
			[]string{"Клаудиньо ORIGINS_FROM бразильский"},         // (guard)
			[]string{"Максим Глушенков ORIGINS_FROM бразильский"}}, // (guard) another player's nationality
		{"news-s16-rel16b-religion.txt", "2025-11-20",
			nil,
			[]string{"Давид Коэн WORKS_AS раввин"}, // (guard) «раввин местной синагоги Давид Коэн»
			nil},
		{"news-s17-rel17-family.txt", "2026-03-22",
			nil,
			[]string{"Кэтрин Роуз PARENT_OF Джеймс Роуз"}, // «Мать американского продюсера Джеймса Роуза, Кэтрин Роуз»: the parent after the child's name
			[]string{"Кэтрин Роуз WORKS_AS продюсер"}},    // the post is the son's
		{"news-s17-rel17-talks.txt", "2026-01-14",
			nil,
			[]string{
				"Дмитрий Песков WORKS_AS Пресс-секретарь президента России", // (guard)
				"Владимир Зеленский WORKS_AS Украинский лидер",              // (guard) «По его словам, украинский лидер Владимир Зеленский»
			},
			nil},
		{"news-s17-rel17-summit.txt", "2026-04-09",
			nil,
			[]string{
				"Сергей Лавров WORKS_AS глава МИД России",                        // (guard)
				"Мария Захарова WORKS_AS официальный представитель министерства", // (guard)
			},
			nil},
		{"news-s17-rel17-tennis.txt", "2026-02-03",
			nil,
			[]string{"Кончита Мартинес WORKS_AS тренер", "Паула Бадоса WORKS_AS теннисистка"}, // (guard) both
			nil},
		{"news-s17-rel17b-appeal.txt", "2025-11-20",
			nil,
			[]string{
				"Кристиан Бергер CONVICTED_OF мошенничество", // (guard)
			},
			[]string{
				"Кристиан Бергер WORKS_AS адвокаты", // «Адвокаты Кристиана Бергера»: their client
			}},
		{"news-s17-evner17-history.txt", "2025-11-20",
			nil,
			[]string{
				"выставка HAS_CAUSE Культурная революция", // (guard)
			},
			[]string{
				"выставка ALTERNATIVE_NAME Культурная революция", // «выставка, посвящённая Культурной революции»: its topic
			}},
		{"news-s17-misc17-music.txt", "2025-11-20",
			nil,
			[]string{
				"Сплин PRODUCES Northern Lights", // (guard)
			},
			[]string{
				"Northern Lights ALTERNATIVE_NAME Lighthouse", // «альбом Northern Lights», «трек Lighthouse»: two works
			}},
		{"news-s18-rel18-visit.txt", "2026-03-14",
			[]string{"PERSON Абдул-Фаттах ас-Сиси", "COUNTRY Россия"},
			[]string{
				"Абдул-Фаттах ас-Сиси WORKS_AS президент Египта", // (guard)
				"Абдул-Фаттах ас-Сиси WORKS_AS политик",          // «Ас-Сиси родился в Каире … . Окончил военную академию … . Политик занимает пост …»: through the left-out subject
			},
			[]string{
				"Россия AGENT посетил", // «Россию посетил президент Египта»: the country is visited
			}},
		{"news-s18-rel18-court.txt", "2026-01-22",
			[]string{"PERSON Алексей Смирнов"},
			[]string{
				"Алексей Смирнов WORKS_AS актёр", // (guard)
			},
			[]string{
				"Алексей Смирнов WORKS_AS адвокаты", // «Адвокаты актёра Алексея Смирнова»: his lawyers
			}},
		{"news-s18-rel18-singer.txt", "2025-10-03",
			[]string{"PERSON Олег Марков"},
			[]string{
				"Олег Марков WORKS_AS музыкант", // «Пианист Олег Марков исполнил произведение Рахманинова. Музыкант признался …»: the subject
			},
			[]string{
				"Рахманинов WORKS_AS музыкант",
			}},
		{"news-s18-org18-murom.txt", "2025-07-20",
			[]string{"STATE_OR_PROVINCE Владимирская область", "COUNTRY Италия"},
			[]string{
				"журналисты ORIGINS_FROM Италия", // (guard)
			},
			[]string{
				"Владимирская область LOCATED_IN Италия",                  // «журналисты из Дании и Италии, сообщили в администрации Владимирской области»: the journalists' origin
				"журналисты WORKPLACE администрация Владимирской области", // the source of the report, not their employer
			}},
		{"news-s18-rel18b-students.txt", "2026-02-14",
			[]string{"COUNTRY Германия"},
			[]string{
				"студенты ORIGINS_FROM Германия", // (guard)
			},
			[]string{
				"Республика Татарстан LOCATED_IN Германия", // (guard)
			}},
		{"news-s18-rel18b-film.txt", "2025-09-03",
			[]string{"PERSON Алексей Учитель", "WORK_OF_ART Прогулка"},
			[]string{
				"Алексей Учитель PRODUCES Последний концерт", // «Он снял картину „Последний концерт“»: the pronoun before a verb of making
				"Алексей Учитель PRODUCES Прогулка",          // «Самые известные его работы — „Прогулка“»: through the pronoun of the sentence before
				"Алексей Учитель WORKS_AS режиссёр",          // (guard)
			},
			nil},
		{"news-s18-rel18b-founder.txt", "2026-03-12",
			[]string{"PERSON Михаил Науменко", "ORGANIZATION Зоопарк"},
			[]string{
				"Зоопарк FOUNDED_BY Михаил Науменко",        // (guard)
				"Михаил Науменко PRODUCES Пригородный блюз", // «Его самые известные песни — „Лето“ и „Пригородный блюз“»: the possessive pronoun
			},
			[]string{
				"Михаил Науменко WORKPLACE Зоопарк", // «основатель группы „Зоопарк“ Михаил Науменко»: FOUNDED_BY only
			}},
		{"news-s19-rel19-obituary.txt", "2026-03-14",
			nil,
			[]string{
				"Умер ALTERNATIVE_NAME скончался",          // the headline's death and the lead's, in other words
				"скончался ALTERNATIVE_NAME ушёл из жизни", // each new word of death to the nearest other before it
				"ушёл из жизни ALTERNATIVE_NAME смерть",    // «О смерти Горелова …»
			},
			nil},
		{"news-s19-rel19-summit.txt", "2026-04-22",
			nil,
			[]string{
				"Владимир Путин WORKS_AS Президент России",          // (guard) two presidents named: each his own post
				"Касым-Жомарт Токаев WORKS_AS президент Казахстана", // (guard)
				"Касым-Жомарт Токаев WORKPLACE Казахстан",           // (guard)
				"переговоры TAKES_PLACE_IN Астана",                  // (guard)
			},
			[]string{
				"Владимир Путин WORKPLACE Казахстан",
				"Касым-Жомарт Токаев WORKPLACE Россия",
			}},
		{"news-s19-rel19-composer.txt", "2026-02-03",
			nil,
			[]string{
				"Скончался ALTERNATIVE_NAME умер", // «Скончался композитор …» — «Композитор … умер в Санкт-Петербурге»
			},
			nil},
		{"news-s19-rel19b-visit.txt", "2026-03-12",
			nil,
			[]string{
				"Нарендра Моди WORKS_AS премьер-министр Индии", // (guard) the post of the next sentence refers back to him
				"премьер-министр Индии WORKPLACE Индия",        // (guard) the country is the post's
			},
			nil},
		{"news-s19-rel19b-minister.txt", "2026-02-03",
			nil,
			[]string{"Ларс Клингбайль WORKS_AS министр финансов Германии"}, // (guard)
			nil},
		{"news-s19-rel19b-senate.txt", "2026-02-18",
			nil,
			[]string{"Тед Круз WORKS_AS сенатор от Техаса"}, // (guard)
			// the state a senator is elected from is not his employer
			// (representedBy)
			[]string{"Тед Круз WORKPLACE Техас", "сенатор от Техаса WORKPLACE Техас"}},
		// twentieth session (helper rel20)
		{"news-s20-rel20-visit.txt", "2025-03-14",
			[]string{"CITY Ижевск", "COUNTRY Казахстан", "ORGANIZATION Прибой"},
			[]string{
				"Прибой HEADQUARTERED_IN Ижевск",  // (guard) the adjective of the organization's own phrase
				"заседание TAKES_PLACE_IN Ижевск", // (guard)
			},
			[]string{
				"Ижевск LOCATED_IN Казахстан", // was there: «казахстанские и российские коллеги посетили ижевское предприятие» (coordinatedAdjective)
			}},
		{"news-s20-rel20-champion.txt", "2025-06-03",
			[]string{"PERSON Сергей Ковалёв", "PERSON Марина Лебедева", "AGE шесть лет"},
			[]string{
				"Сергей Ковалёв AGE_IS шесть лет", // was Лебедева's (pronounsAge, agedPerson)
				"Марина Лебедева WORKS_AS тренер", // (guard)
			},
			[]string{
				"Марина Лебедева AGE_IS шесть лет", // was there: «… с Мариной Лебедевой, когда ему было всего шесть лет» (pronounsAge)
			}},
		{"news-s20-rel20-film.txt", "2025-04-21",
			[]string{"PERSON Антон Беляев", "PERSON Игорь Миронов"},
			[]string{
				"Антон Беляев WORKS_AS режиссёр",  // was none: «Режиссёром картины станет лауреат … Антон Беляев» (becamePost, postEnd)
				"Игорь Миронов WORKS_AS продюсер", // was none: «Продюсером фильма выступил актёр Игорь Миронов»
				"Игорь Миронов WORKS_AS актёр",    // (guard) his own post before his name
			},
			[]string{
				"Антон Беляев WORKS_AS продюсер", // (guard) the next sentence's post
			}},
		// twenty-first session (helper rel21)
		{"news-s21-rel21-incident.txt", "2025-08-21",
			[]string{"PERSON Валерий Горелых", "ORGANIZATION Следственный комитет", "PERSON Алексей Романов"},
			[]string{
				"Валерий Горелых WORKS_AS представитель ГУ МВД по Свердловской области",
				"Валерий Горелых WORKPLACE ГУ МВД по Свердловской области",
				"Алексей Романов WORKS_AS следователь", // «Расследование ведет следователь Алексей Романов»
				"Следственный комитет AGENT возбудил уголовное дело",
				"Суд Ленинского района Екатеринбурга AGENT арестовал",
			},
			[]string{
				// «По его словам, 34-летний водитель скрылся»: the driver
				// repeats «водителя внедорожника» of the spokesman's
				// sentence, not the spokesman (unheldRepeat; there before)
				"Валерий Горелых WORKS_AS водитель",
			}},
		{"news-s21-rel21-coach.txt", "2025-11-05",
			[]string{"ORGANIZATION Ротор", "PERSON Дмитрий Хохлов", "PERSON Валерий Есипов"},
			[]string{
				"Дмитрий Хохлов WORKS_AS главный тренер", // «об отставке главного тренера Дмитрия Хохлова»
				"Дмитрий Хохлов WORKPLACE Ротор",
				"Валерий Есипов PLACE_OF_BIRTH Москва",
				"Валерий Есипов DATE_OF_BIRTH в 1971 году",
				"Валерий Есипов WORKPLACE Ротор", // «Бывший нападающий „Ротора“» (a post with no name, after «Есипов родился»)
				"Валерий Есипов SPOUSE Наталья",  // «Жена Есипова Наталья»
				// «Генеральный директор клуба Андрей Дорогов» three
				// sentences after «Волгоградский футбольный клуб „Ротор“»
				// («клуб» among orgNouns; before, no employer)
				"Андрей Дорогов WORKPLACE Ротор",
				"генеральный директор клуба WORKPLACE Ротор",
			},
			[]string{
				// the wife, not the husband, is the club's press officer
				"Валерий Есипов WORKS_AS пресс-атташе",
			}},
		{"news-s21-rel21-company.txt", "2025-06-03",
			[]string{"PERSON Олег Тиньков", "ORGANIZATION Интеррос", "PERSON Станислав Близнюк"},
			[]string{
				"Тинькофф FOUNDED_BY Олег Тиньков", // «был основан Тиньковым в 2006 году»
				"Тинькофф DATE_FOUNDED_IN в 2006 году",
				"Тинькофф HEADQUARTERED_IN Москва", // «Его штаб-квартира находится в Москве»
				"Интеррос HEADQUARTERED_IN Москва", // «зарегистрирована в Москве»
				"Станислав Близнюк WORKS_AS председатель правления банка",
				"Олег Тиньков PLACE_RESIDES_IN Италия", // «Сейчас он живет в Италии»
				// «Тиньков, уроженец Ленинска-Кузнецкого, …» (nativeApposed;
				// before, no relation; the place's name is NER's)
				"Олег Тиньков PLACE_OF_BIRTH Ленинск-Кузнецкий", // names21b: was «Ленинска-Кузнецкий» (hyphenPlace)
			},
			[]string{
				// Потанин, the buyer's owner, is not the seller's founder
				"Тинькофф FOUNDED_BY Владимир Потанин",
			}},
		{"news-s21-rel21-governor.txt", "2025-10-14",
			[]string{"PERSON Дмитрий Махонин", "PERSON Анастасия Крутень", "PERSON Александр Мельников"},
			[]string{
				"Дмитрий Махонин WORKS_AS губернатор Пермского края",
				"Анастасия Крутень PLACE_OF_BIRTH Кунгур",                                          // «Крутень родилась в 1981 году в Кунгуре»
				"Анастасия Крутень SCHOOLS_ATTENDED Пермская государственная медицинская академия", // «окончила …»
				"Анастасия Крутень WORKS_AS заместитель министра",                                  // «а затем работала заместителем министра»
				"Александр Мельников WORKPLACE Министерство здравоохранения России",                // «перешел на работу в …»
				"APPOINTMENT(назначил) date=2025-10-14 agent=Дмитрий Махонин participant=Анастасия Крутень",
			},
			[]string{
				// the successor is not the predecessor's post holder
				"Александр Мельников WORKS_AS заместитель министра",
			}},
		{"news-s21-rel21-ambassador.txt", "2025-01-12",
			[]string{"PERSON Алексей Ерхов", "PERSON Андрей Карлов", "PERSON Мевлют Чавушоглу"},
			[]string{
				"Алексей Ерхов WORKS_AS посол России", // the headline's «Новым послом России … стал Алексей Ерхов»
				"Владимир Путин AGENT назначил",
				"Алексей Ерхов PLACE_OF_BIRTH Москва",
				"Андрей Карлов WORKS_AS посол в Анкаре", // «пост посла в Анкаре занимал Андрей Карлов»
				"Мевлют Мерт Алтынташ WORKS_AS полицейский",
				"Мевлют Чавушоглу WORKS_AS министр иностранных дел Турции",
			},
			[]string{
				// the murdered ambassador's killer holds no ambassador's post
				"Мевлют Мерт Алтынташ WORKS_AS посол в Анкаре",
			}},
		{"news-s21-rel21-plant.txt", "2025-09-09",
			[]string{"ORGANIZATION Северсталь", "PERSON Александр Шевелев", "PERSON Алексей Мордашов"},
			[]string{
				"Александр Шевелев WORKS_AS генеральный директор «Северстали»",
				"Александр Шевелев WORKPLACE Северсталь",
				"Георгий Филимонов WORKS_AS губернатор Вологодской области",
				"Алексей Мордашов OWNER_OF Северсталь",  // «Основным владельцем компании является …»
				"Северсталь HEADQUARTERED_IN Череповец", // «Штаб-квартира „Северстали“ расположена в Череповце»
			},
			[]string{
				// the governor at the ceremony does not work for the company
				"Георгий Филимонов WORKPLACE Северсталь",
			}},
		// twenty-second session (helper rel22)
		{"news-s22-rel22-minister.txt", "2025-10-14",
			[]string{"PERSON Антон Алиханов", "ORGANIZATION Камаз", "PERSON Сергей Когогин"},
			[]string{
				"Антон Алиханов WORKS_AS министр промышленности и торговли России",
				"Сергей Когогин WORKPLACE Камаз", // «Генеральный директор „Камаза“ Сергей Когогин»
				"Антон Алиханов WORKS_AS губернатор Калининградской области",
				"Антон Алиханов PLACE_OF_BIRTH Грозный", // «Уроженец Грозного, он …»
			},
			[]string{
				// «По словам Алиханова, стороны обсудили строительство
				// нового завода компании „Камаз“»: the source of the report
				// does not work for the company it tells of (was given by
				// the model; unpostedSource)
				"Антон Алиханов WORKPLACE Камаз",
			}},
		{"news-s22-rel22-festival.txt", "2025-06-08",
			[]string{"PERSON Александр Роднянский", "PERSON Юлия Пересильд", "CITY Псков"},
			[]string{
				// «Президентом фестиваля остается продюсер Александр
				// Роднянский» (was dropped by farPosts for «продюсер»;
				// «остается» is now a verb of becamePost)
				"Александр Роднянский WORKS_AS президент фестиваля",
				"Александр Роднянский WORKS_AS продюсер",
				"Юлия Пересильд PLACE_OF_BIRTH Псков", // «Пересильд, уроженка Пскова, …»
			},
			[]string{
				// the station is not in the actress's birthplace (was
				// given by the model; birthplace and apart)
				"Международная космическая станция LOCATED_IN Псков",
			}},
		{"news-s22-rel22-court.txt", "2025-03-03",
			[]string{"PERSON Игорь Сорокин", "PERSON Олег Ветров", "ORGANIZATION Уральский турбинный завод"},
			[]string{
				"Игорь Сорокин WORKPLACE Уральский турбинный завод",
				// «Адвокат бизнесмена Олег Ветров»: the lawyer is Ветров
				// (was dropped: «Ветров» read as the genitive of «ветер»,
				// the client's name)
				"Олег Ветров WORKS_AS адвокат",
				"Андрей Титов WORKPLACE Уральский турбинный завод", // «Новым директором предприятия … стал Андрей Титов»
			},
			[]string{
				"Олег Ветров WORKS_AS бизнесмен", // the client's post (complementPost, sport21), a guard
			}},
		{"news-s21-rel21-coach.txt", "2025-11-05",
			[]string{"PERSON Дмитрий Хохлов", "NATIONALITY волгоградцы"},
			[]string{"Дмитрий Хохлов WORKPLACE Ротор"},
			[]string{
				// «Хохлов возглавлял волгоградцев»: the team he led, not
				// his origin (was given; ledGroup)
				"Дмитрий Хохлов ORIGINS_FROM волгоградцы",
			}},
		// twenty-second session (helper rel22b)
		{"news-s22-rel22b-summit.txt", "2025-12-04",
			[]string{"PERSON Владимир Путин", "PERSON Си Цзиньпин", "COUNTRY Китай", "ORGANIZATION Роснефть", "PERSON Тимченко"},
			[]string{
				"Владимир Путин WORKS_AS президенты России", // a guard: the first name keeps the first post
				"Владимир Путин WORKPLACE Россия",
				// «президентов России и Китая Владимира Путина и Си
				// Цзиньпина»: the second name's country is the second (was
				// Россия; pairedPlace)
				"Си Цзиньпин WORKPLACE Китай",
				// «„Роснефть“ и китайская Sinopec …, рассказал главный
				// исполнительный директор российской компании Игорь Сечин»
				// (was none; nationalCompany)
				"Игорь Сечин WORKPLACE Роснефть",
				// «Тимченко, совладелец „Новатэка“» (was WORKPLACE;
				// ownersOrganization)
				"Тимченко OWNER_OF Новатэк",
			},
			[]string{
				"Си Цзиньпин WORKS_AS президенты России", // was given (pairedPlace)
				"Си Цзиньпин WORKPLACE Россия",           // was given (pairedPlace)
				"Тимченко WORKPLACE Новатэк",             // was given (ownersOrganization)
				"Игорь Сечин WORKPLACE Sinopec",          // a guard: the other country's company
			}},
		{"news-s22-rel22b-aircraft.txt", "2025-11-20",
			[]string{"ORGANIZATION Иркут", "ORGANIZATION Иркутский авиационный завод", "PRODUCT МС-21-310", "PERSON Антон Алиханов"},
			[]string{
				// «Самолет произведен корпорацией „Иркут“» after «самолет
				// МС-21-310» two sentences before (was none; madeBy)
				"Иркут PRODUCES МС-21-310",
				"Иркут PART_OF Объединенная авиастроительная корпорация",
				// «Алиханов возглавляет министерство» (was none; heads)
				"Антон Алиханов WORKPLACE министерство",
				"Антон Алиханов WORKS_AS министр промышленности и торговли",
			},
			[]string{
				// the plant is not another name of the corporation (was
				// given by the model; plantOfOther)
				"Иркутский авиационный завод ALTERNATIVE_NAME Иркут",
				"Россия PRODUCES МС-21-310", // a guard: the airline gets the aircraft
			}},
		{"news-s22-rel22b-court.txt", "2025-10-02",
			[]string{"ORGANIZATION Кировский районный суд Екатеринбурга", "PERSON Павел Громов"},
			[]string{
				"Кировский районный суд Екатеринбурга HEADQUARTERED_IN Екатеринбург",
				"Ленинский районный суд Новосибирска HEADQUARTERED_IN Новосибирск",
				"Павел Громов CONVICTED_OF мошенничество в особо крупном размере",
			},
			[]string{
				// «Кировский» names the district (after Киров the man), not
				// the city (was given; districtAdjective)
				"Кировский районный суд Екатеринбурга HEADQUARTERED_IN Киров",
			}},
		// twenty-third session (helper rel23)
		{"news-s23-rel23-defense.txt", "2026-03-14",
			[]string{"PRODUCT Бук-М3", "ORGANIZATION Алмаз-Антей", "PRODUCT Орион", "ORGANIZATION Кронштадт"},
			[]string{
				"Алмаз-Антей PRODUCES Бук-М3",                       // «комплексов „Бук-М3“, разработанных концерном воздушно-космической обороны „Алмаз-Антей“» (madeByClause; was none)
				"Кронштадт PRODUCES Орион",                          // «беспилотник „Орион“, созданный компанией „Кронштадт“» (madeByClause; was none)
				"Ян Новиков WORKPLACE Алмаз-Антей",                  // «Генеральный директор концерна» after «концерном … „Алмаз-Антей“» past the dateline (kindPastComplement, farEmployer; was none)
				"Ян Новиков WORKS_AS генеральный директор концерна", // guard
			},
			[]string{
				"Алмаз-Антей PRODUCES Орион", // guard: each clause its own maker
				"Кронштадт PRODUCES Бук-М3",
			}},
		{"news-s23-rel23-oil.txt", "2026-06-06",
			nil,
			[]string{
				"Сафмар OWNER_OF Антипинский НПЗ",  // «Антипинский НПЗ, крупнейший независимый нефтеперерабатывающий завод …, принадлежит группе „Сафмар“» (kindApposition; was none)
				"Алексей Миллер WORKPLACE Газпром", // guard: «Глава „Газпрома“ Алексей Миллер и глава „Роснефти“ Игорь Сечин»
				"Игорь Сечин WORKPLACE Роснефть",
				"Наиль Маганов WORKS_AS глава «Татнефти»",
			},
			[]string{
				"Алексей Миллер WORKPLACE Роснефть", // guard: the next person's post
				"глава «Газпрома» ALTERNATIVE_NAME глава «Роснефти»",
				"глава «Лукойла» ALTERNATIVE_NAME глава «Татнефти»",
			}},
		{"news-space-2.txt", "2025-11-20",
			nil,
			[]string{
				"Ракетно-космическая корпорация «Энергия» PRODUCES Союз МС-27", // «Корабль изготовлен …» after «с пилотируемым кораблем „Союз МС-27“» three sentences before (productsOfKind; was none)
			},
			[]string{"Ракетно-космическая корпорация «Энергия» PRODUCES Союз-2.1а"}},
		{"news-s22-energy22-refinery.txt", "2025-09-25",
			nil,
			[]string{"Сафмар OWNER_OF Антипинский нефтеперерабатывающий завод"}, // lost in the twenty-second session (the refinery typed ORGANIZATION), back by kindApposition
			nil},
		// twenty-third session (helper rel23b)
		{"news-s23-rel23b-summit.txt", "2026-05-17",
			[]string{"PERSON Герман Греф", "PERSON Андрей Костин", "EVENT Казанский экономический форум"},
			[]string{
				"Герман Греф PARTICIPANT_IN Казанский экономический форум",   // «Глава Сбербанка Герман Греф и председатель правления ВТБ Андрей Костин выступили на … сессии» (titled list; was none)
				"Андрей Костин PARTICIPANT_IN Казанский экономический форум", // guard: the model's own
				"Антон Алиханов PARTICIPANT_IN Иннопром",                     // the nested name of the exhibition, as for Минниханов (titled list; was none)
				"Герман Греф WORKPLACE Сбербанк",                             // guard: each person's own post
				"Андрей Костин WORKPLACE ВТБ",
				"Максим Решетников AGENT переговоры",
				"Абдулрахман аль-Ахмед AGENT переговоры",
				"Денис Паслер WORKPLACE Свердловская область",
				"Алексей Орлов WORKPLACE Екатеринбург",
			},
			[]string{
				"Герман Греф WORKPLACE ВТБ", // guard: the post between belongs to the second person
				"Герман Греф WORKS_AS председатель правления ВТБ",
				"Алексей Орлов WORKPLACE Свердловская область",
				"Максим Решетников PARTICIPANT_IN переговоры", // guard: one role per person
			}},
		{"news-s23-rel23-oil.txt", "2026-06-06",
			nil,
			[]string{
				"Алексей Миллер PARTICIPANT_IN Петербургский международный экономический форум", // «Глава „Газпрома“ Алексей Миллер и глава „Роснефти“ Игорь Сечин выступили на сессии …» (titled list; was none, rel23's open case)
				"Игорь Сечин PARTICIPANT_IN Петербургский международный экономический форум",
			},
			[]string{"Алексей Миллер WORKPLACE Роснефть"}},
		{"news-org13-centre.txt", "2025-09-12",
			nil,
			[]string{"Ольга Беккер WORKPLACE Лад-Мир"}, // «директор центра Ольга Беккер» after «культурного центра „Лад-Мир“» («центр» in orgNouns; was none)
			nil},
		{"news-s13-awards.txt", "2025-11-20",
			nil,
			[]string{"Александр Гинцбург WORKPLACE Центр имени Гамалеи"}, // «директор центра» («центр» in orgNouns; was none)
			nil},
		{"news-s22-health22-vaccine.txt", "2026-09-09",
			nil,
			[]string{"Александр Гинцбург WORKPLACE Национальный исследовательский центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи"}, // was none
			nil},
		{"news-rel12-rosatom.txt", "2025-11-20",
			nil,
			[]string{
				"Алексей Лихачев PARTICIPANT_IN подписали", // the model's roles of the two signers stay as they were
				"Журабек Мирзамахмудов AGENT подписали",
			},
			[]string{
				"Алексей Лихачев AGENT подписали", // guard: a titled list adds no second role (otherRole)
				"Журабек Мирзамахмудов PARTICIPANT_IN подписали",
			}},
		// twenty-fourth session (helper rel24)
		{"news-s24-rel24-bank.txt", "2026-11-12",
			[]string{"ORGANIZATION Северный кредит", "PERSON Виктор Ложкин", "PERSON Сергей Пахомов"},
			[]string{
				"Виктор Ложкин WORKS_AS председатель правления",  // «Председателем правления банка с 2021 года являлся Виктор Ложкин» (becamePost with «являлся» past the date; was none)
				"Виктор Ложкин WORKPLACE Северный кредит",        // the kind noun «банка» after the post (kindAfter; was none)
				"Сергей Пахомов WORKPLACE Северный кредит",       // «бывшего председателя правления банка Сергея Пахомова», the bank three sentences before (was none)
				"Сергей Пахомов WORKS_AS председатель правления", // guard: the model's own
				"Банк России AGENT отозвал лицензию",             // guard
			},
			[]string{
				"Сергей Пахомов WORKPLACE Банк России", // guard: the regulator of the lead is not the bank (a first form took the lead's first bank)
				"Виктор Ложкин WORKPLACE Банк России",
			}},
		{"news-s24-rel24-chips.txt", "2026-12-03",
			[]string{"ORGANIZATION Микрон", "PERSON Гульнара Хасьянова", "PERSON Юрий Максимов"},
			[]string{
				"Гульнара Хасьянова WORKPLACE Микрон", // «генеральный директор предприятия» after «Компания „Микрон“» (a company for «предприятие»; was none)
				"Микрон FOUNDED_BY Юрий Максимов",     // «Основатель компании Юрий Максимов» (founderOfKind; was none)
				"Андрей Бабкин WORKPLACE Микрон",      // guard: «Вице-президент компании»
			},
			nil},
		{"news-s24-rel24-vtb.txt", "2026-11-20",
			[]string{"ORGANIZATION Банк ВТБ", "PERSON Дмитрий Пьянов"},
			[]string{
				"Дмитрий Пьянов WORKS_AS первый заместитель президента", // guard: his own post
				"Дмитрий Пьянов WORKPLACE Банк ВТБ",                     // guard
				"Русагро FOUNDED_BY Вадим Мошкович",                     // guard: «Основателем „Русагро“ является …»
			},
			[]string{
				"Дмитрий Пьянов WORKS_AS председатель правления ВТБ", // the genitive post after the dash is his superior's (genitiveApposition; was there)
				"девелопер WORKPLACE Сбербанк",                       // a borrower is no employee (outsideRole; was there)
			}},
		{"news-s23-tech23-cyberattack.txt", "2026-12-01",
			nil,
			nil,
			[]string{"хакеры WORKPLACE Ростелеком"}}, // the attackers (outsideRole; was there)
		{"news-s23-tech23-ptsecurity.txt", "2026-12-04",
			nil,
			[]string{"Positive Technologies FOUNDED_BY Юрий Максимов"}, // «Основатель компании Юрий Максимов» (founderOfKind; was none)
			nil},
		{"news-s23-finance23-fine.txt", "2026-05-14",
			nil,
			[]string{"Сергей Гурьев WORKPLACE Сибирский торговый банк"}, // «бывшего председателя правления банка Сергея Гурьева» (kindAfter; was none)
			[]string{"Сергей Гурьев WORKPLACE Банк России"}},            // guard: the regulator named after the bank in the lead (a state's bank comes last)
		{"news-s23-finance23-licence.txt", "2026-03-12",
			nil,
			[]string{
				"Виктор Ложкин WORKS_AS председатель правления",   // «Председателем правления … являлся Виктор Ложкин» (was none)
				"Виктор Ложкин WORKPLACE Северный кредитный банк", // (was none)
			},
			nil},
		{"news-rel13-rfs.txt", "2025-11-20",
			nil,
			[]string{"Сергей Семак WORKPLACE Зенит"}, // «Главным тренером клуба остается Сергей Семак» after «Футбольный клуб „Зенит“» (kindAfter; was none)
			nil},
		{"news-rel13b-hockey.txt", "2025-11-20",
			nil,
			[]string{"Серафим Ахмадулин WORKPLACE Спартак"}, // «Президент клуба» three sentences after «футбольный клуб „Спартак“» (kindAfter; was none)
			[]string{"Серафим Ахмадулин WORKPLACE ЦСКА"}},   // guard: not the lead's club
		// twenty-fourth session (helper rel24b)
		{"news-s24-rel24b-aluminium.txt", "2026-04-14",
			[]string{"ORGANIZATION Сибалюминий", "PERSON Павел Сорокин", "FACILITY Восточный"},
			[]string{
				"Павел Сорокин WORKPLACE Сибалюминий",              // «Президент группы Павел Сорокин», no group named (groupEmployer; was none)
				"Павел Сорокин WORKS_AS президент группы",          // guard: the model's own
				"Кузбасская топливная компания OWNER_OF Восточный", // «Разрез принадлежит компании …» after «на угольном разрезе „Восточный“» (ownedFacility; was none)
				"Восточный LOCATED_IN Кемеровская область",         // guard
			},
			[]string{"Павел Сорокин WORKPLACE ТАСС"}}, // guard: the agency is no business of the group
		{"news-s24-rel24b-export.txt", "2026-05-20",
			[]string{"ORGANIZATION Бюро промышленности и безопасности", "ORGANIZATION Министерство торговли США"},
			[]string{
				"Бюро промышленности и безопасности PART_OF Министерство торговли США", // «Бюро … (BIS) Министерства торговли США» (unitOfParent; was none)
				"Министерство торговли США HEADQUARTERED_IN США",                       // guard
			},
			nil},
		{"news-s24-metal24-nlmk.txt", "2026-07-15",
			nil,
			[]string{"Григорий Федоришин WORKPLACE Новолипецкий металлургический комбинат"}, // «Президент группы Григорий Федоришин» (groupEmployer; was none)
			nil},
		{"news-s24-metal24-mine-accident.txt", "2026-11-09",
			nil,
			[]string{
				"Сибирская угольная энергетическая компания OWNER_OF Талдинская-Западная", // «Шахта принадлежит …» (ownedFacility; was none)
				"Сибирская угольная энергетическая компания HEADQUARTERED_IN Сибирь",      // guard: NEREL relates a name's opening place adjective (train 16 of 19 LOCATION)
			},
			nil},
		{"news-s24-metal24-severstal.txt", "2026-10-22",
			[]string{"CITY Череповец"},
			[]string{"Череповецкий металлургический комбинат HEADQUARTERED_IN Череповец"}, // «Череповецкий» now the town's CITY (townKeys -цкий; was none)
			nil},
		{"news-s24-trade24-us-sanctions.txt", "2026-01-10",
			nil,
			[]string{"Управление по контролю за иностранными активами PART_OF Министерство финансов США"}, // «Управление … (OFAC) Министерства финансов США» (unitOfParent; was none)
			nil},
		// twenty-fifth session (helper rel25)
		{"news-s25-rel25-trade.txt", "2025-12-05",
			[]string{"ORGANIZATION Победа", "ORGANIZATION Магнит", "ORGANIZATION Самолет"},
			[]string{
				"Андрей Калмыков WORKPLACE Победа",   // «генеральный директор перевозчика» after «Авиакомпания „Победа“» (was none)
				"Алексей Махнев WORKPLACE Магнит",    // «финансового директора ритейлера» after «Ритейлер „Магнит“» (was none)
				"Антон Елистратов WORKPLACE Самолет", // «генеральный директор застройщика» after «Застройщик ГК „Самолет“» (was none)
				"Андрей Калмыков WORKS_AS генеральный директор перевозчика",
			},
			[]string{"Алексей Махнев WORKPLACE Победа", "Антон Елистратов WORKPLACE Магнит"}}, // guards: the nearest company of the trade
		{"news-s25-rel25-founder.txt", "2025-12-05",
			nil,
			[]string{
				"Blue Origin FOUNDED_BY Джефф Безос", // «основанная Джеффом Безосом» (the model's; a guard)
				"Virgin Galactic FOUNDED_BY Ричард Брэнсон",
				"Relativity Space FOUNDED_BY Тим Эллис",
			},
			[]string{"Virgin Galactic FOUNDED_BY Джефф Безос"}},
		{"news-s25-rel25-branch.txt", "2025-12-05",
			nil,
			[]string{
				"Воронежский механический завод PART_OF Центр Хруничева", // «является филиалом АО „Центр Хруничева“» (was none)
				"Центр Хруничева PART_OF Роскосмос",                      // «входит в структуру» (a guard)
				"Русала OWNER_OF Русал Красноярск",                       // «является дочерней компанией»: NEREL's OWNER_OF (a guard)
			},
			nil},
		{"news-s25-rel25-owner.txt", "2025-12-05",
			nil,
			[]string{
				"Олег Тиньков OWNER_OF Тинькофф", // «которому принадлежал банк „Тинькофф“»
				"Роман Абрамович OWNER_OF Челси", // «Владелец футбольного клуба „Челси“»
				"Дмитрий Мазепин OWNER_OF Уралкалий",
			},
			[]string{"Олег Тиньков OWNER_OF ТАСС"}}, // the source after «, сообщает» (was there)
		{"news-s25-rel25-iss.txt", "2025-12-05",
			nil,
			[]string{
				"Владимир Соловьев WORKS_AS руководитель полета российского сегмента МКС",
				"Алексей Петров WORKPLACE Центр управления полетами",
			},
			nil},
		{"news-s24-space24-spacex.txt", "2026-02-06",
			nil,
			[]string{"SpaceX FOUNDED_BY Илон Маск"}, // «Основатель SpaceX Илон Маск»: «Илон» read only as a plural (was none)
			nil},
		{"news-s24-space24-superjet.txt", "2025-09-09",
			nil,
			[]string{"Сергей Александровский WORKPLACE Аэрофлот"}, // «генеральный директор перевозчика» (was none)
			nil},
		{"news-s24-space24-ms21.txt", "2025-04-18",
			nil,
			[]string{"Иркутский авиационный завод PART_OF Яковлев"}, // «Иркутский авиазавод является филиалом ПАО „Яковлев“» (was none)
			nil},
		{"news-s24-space24-spacewalk.txt", "2023-10-25",
			nil,
			[]string{
				"Владимир Соловьев WORKS_AS генеральный конструктор", // «, являющийся генеральным конструктором РКК „Энергия“» (was none)
				"Владимир Соловьев WORKPLACE Энергия",                // (was none)
			},
			nil},
		{"news-s24-space24-vostochny.txt", "2025-11-25",
			nil,
			nil,
			[]string{"Дмитрий Баканов PRODUCES Бриз-М"}}, // «Как сообщил глава Роскосмоса Дмитрий Баканов, разгонный блок „Бриз-М“ …» (was there)
		// twenty-fifth session (helper rel25b)
		{"news-s25-rel25b-steel.txt", "2026-04-14",
			[]string{"ORGANIZATION Уральская сталь", "ORGANIZATION Златсталь", "ORGANIZATION Промресурс"},
			[]string{
				"Павел Смирнов WORKPLACE Уральская сталь",                 // «Холдинг „Уральская сталь“ …, сообщил генеральный директор компании» (was none)
				"генеральный директор компании WORKPLACE Уральская сталь", // (was none)
				"Уральская сталь OWNER_OF Златсталь",                      // «Завод „Златсталь“, принадлежащий холдингу» (was none)
				"Северные инвестиции OWNER_OF Промресурс",                 // «компания „Промресурс“, подконтрольная АО „Северные инвестиции“» (was none)
				"Промресурс OWNER_OF Сталь-Трейд",                         // «„Промресурс“ контролирует компанию „Сталь-Трейд“» (was none)
				"Промресурс OWNER_OF Уральская сталь",                     // «Основным акционером холдинга является …» (a guard)
				"Павел Смирнов WORKS_AS генеральный директор компании",
			},
			[]string{"Северные инвестиции OWNER_OF Уральская сталь", "Уральская сталь OWNER_OF Промресурс"}},
		{"news-s25-rel25b-region.txt", "2026-10-09",
			[]string{"STATE_OR_PROVINCE Омская область", "PERSON Андрей Белов"},
			[]string{
				"Олег Кравцов WORKPLACE Омская область",          // «министр строительства региона» after «Власти Омской области» (was none)
				"министр строительства WORKPLACE Омская область", // (was none)
				"Олег Кравцов WORKS_AS министр строительства",
				"прокуратура Омской области HEADQUARTERED_IN Омская область",
			},
			// «Как сообщила пресс-служба прокуратуры Омской области, … Андрей
			// Белов похитил»: the source's body is not his (both were there)
			[]string{"Андрей Белов WORKPLACE прокуратура Омской области", "Андрей Белов WORKPLACE Омская область"}},
		{"news-s25-house25-lsr.txt", "2026-08-21",
			nil,
			[]string{
				"Андрей Молчанов WORKPLACE ЛСР", // «Группа ЛСР приобрела …, сообщил генеральный директор компании» (was none)
				"Система OWNER_OF Эталон",       // «группа „Эталон“, подконтрольная АФК „Система“» (was none)
				"Геннадий Щербина WORKPLACE Эталон",
			},
			[]string{"Андрей Молчанов WORKPLACE Циан"}},
		{"news-s25-house25-avariynoe.txt", "2026-06-05",
			nil,
			[]string{"Игорь Шевчук WORKPLACE Пермский край"}, // «министр строительства региона» after «Власти Пермского края» (was none)
			[]string{"Игорь Шевчук WORKPLACE Сатурн-Р"}},
		{"news-s25-house25-dolshiki.txt", "2026-04-17",
			nil,
			[]string{"Дмитрий Ковалев WORKPLACE ЮгСтройИнвест-Кубань"},
			// «Как сообщила пресс-служба прокуратуры Краснодарского края,
			// … Ковалев привлек»: both were there
			[]string{"Дмитрий Ковалев WORKPLACE прокуратура Краснодарского края", "Дмитрий Ковалев WORKPLACE Краснодарский край"}},
		{"news-s24-space24-spacewalk.txt", "2023-10-25",
			nil,
			[]string{"Олег Кононенко WORKS_AS космонавты", "Владимир Соловьев WORKPLACE Энергия"},
			// «Космонавты установили на внешней поверхности модуля „Наука“
			// научную аппаратуру»: a post of no maker makes no work (was there)
			[]string{"космонавты PRODUCES Наука"}},
	})
}
