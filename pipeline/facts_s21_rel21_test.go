package pipeline

import "testing"

// TestNewsS21rel21 runs the pipeline over the twenty-first session's news
// texts for relations told in varied ways (testdata/news-s21-rel21-*.txt:
// made up, in the style of Russian wire reports) and pins the relations
// they get right, the one the session fixed and guards against plausible
// regressions.
func TestNewsS21rel21(t *testing.T) {
	checkNews(t, []newsCase{
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
				"Олег Тиньков PLACE_OF_BIRTH Ленинска-Кузнецкий",
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
	})
}
