package pipeline

import "testing"

// TestNewsS20soc20 pins the twentieth session's culture, sports, science
// and health news (testdata/news-s20-soc20-*.txt, made up): what the rules
// of helper soc20 fixed, and guards of what was right.
func TestNewsS20soc20(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s20-soc20-hospital.txt", "2026-03-11",
			[]string{
				"ORGANIZATION Республиканский клинический онкологический диспансер", // (guard)
				"DISEASE рак молочной железы", // (guard)
			},
			[]string{"Михаил Мурашко WORKS_AS министр здравоохранения России"}, // (guard)
			// «Республиканского клинического …»: was an IDEOLOGY of the hospital
			[]string{"Республиканский клинический онкологический диспансер IDEOLOGY_OF Республиканское"}},
		{"news-s20-soc20-hockey.txt", "2026-11-14",
			[]string{
				"ORGANIZATION Федерация хоккея России", // (guard)
				"ORGANIZATION Нью-Йорк Рейнджерс",      // (guard)
			},
			[]string{
				"Владислав Третьяк WORKS_AS президент Федерации хоккея России", // (guard)
				"Федерация хоккея России HEADQUARTERED_IN Россия",              // (guard)
			},
			[]string{
				"Федерация хоккея России HEADQUARTERED_IN Федерация", // «Федерации» was a COUNTRY
				"нападающий WORKPLACE Нью-Йорк Рейнджерс",            // «в матче против „Нью-Йорк Рейнджерс“»: was his workplace
			}},
		{"news-s20-soc20-olympiad.txt", "2026-07-29",
			[]string{
				"EVENT 58-й Международной химической олимпиаде", // was an ORGANIZATION
				"ORGANIZATION Вторая школа",                     // «лицея „Вторая школа“»: was a WORK_OF_ART
			},
			[]string{
				"Сборная России PARTICIPANT_IN 58-й Международной химической олимпиаде", // was no relation
				"58-й Международной химической олимпиаде TAKES_PLACE_IN Ташкент",        // was HEADQUARTERED_IN
			},
			[]string{"Дмитрий Орлов PRODUCES Вторая школа"}}, // was there
		{"news-s20-soc20-album.txt", "2026-05-16",
			[]string{
				"ORGANIZATION Сплин",        // was «Российская рок-группа «Сплин»»
				"FACILITY Крокус Сити Холл", // «в концертном зале „…“»: was an ORGANIZATION
				"WORK_OF_ART Тайная жизнь",  // «пластинку „…“»: was an ORGANIZATION
				"WORK_OF_ART Ночной поезд",  // (guard)
				"PERSON Александр Васильев", // (guard)
			},
			[]string{"Сплин PRODUCES Ночной поезд"}, // (guard) the group's name as above
			nil},
		{"news-s20-soc20-festival.txt", "2026-08-09",
			[]string{
				"WORK_OF_ART Тихий берег",                 // (guard)
				"FACILITY Выборг-Палас",                   // (guard)
				"STATE_OR_PROVINCE Ленинградская область", // (guard)
			},
			[]string{
				"XXXIV фестиваль российского кино TAKES_PLACE_IN Выборг", // (guard)
				"Павел Лунгин WORKS_AS режиссёр",                         // (guard)
			},
			// «фестиваль российского кино „Окно в Европу“»: was held in Европа
			[]string{"XXXIV фестиваль российского кино TAKES_PLACE_IN Европа"}},
		{"news-s20-soc20-science.txt", "2026-04-21",
			[]string{
				"CITY Иркутск", // «Иркутским государственным университетом»: was a COUNTRY
				"ORGANIZATION Институт цитологии и генетики Сибирского отделения РАН", // (guard)
				"LOCATION Байкал", // (guard)
			},
			[]string{
				"Иркутский государственный университет HEADQUARTERED_IN Иркутск",                   // (guard)
				"Алексей Кочетов WORKPLACE Институт цитологии и генетики Сибирского отделения РАН", // (guard)
			},
			nil},
		{"news-s20-soc20-obituary.txt", "2026-09-05",
			[]string{
				"PERSON Виктор Соколов",                         // (guard)
				"ORGANIZATION Театральное училище имени Щукина", // (guard)
			},
			[]string{
				"Виктор Соколов PLACE_OF_BIRTH Саратов",                            // (guard)
				"Виктор Соколов DATE_OF_BIRTH в 1940 году",                         // (guard)
				"Виктор Соколов SCHOOLS_ATTENDED Театральное училище имени Щукина", // (guard)
				"DEATH(Умер) date=2026-09-03 participant=Виктор Соколов",           // (guard)
			},
			nil},
		{"news-s20-soc20-transfer.txt", "2026-07-02",
			[]string{"ORGANIZATION ЦСКА", "PERSON Игорь Дивеев", "MONEY 12 миллионов евро"}, // (guard)
			[]string{
				"Игорь Дивеев WORKPLACE ЦСКА", // (guard)
				"SIGNING(подписал контракт) date=2026-07-02 participant=Фенербахче agent=Игорь Дивеев", // the club was named «Фенербахча» by the headline's «в турецкий „Фенербахче“»
			},
			nil},
		{"news-s20-soc20-flu.txt", "2026-01-27",
			[]string{"DISEASE грипп", "DISEASE ОРВИ", "DISEASE корь", "ORGANIZATION Роспотребнадзор", "CITY Нижний Тагил"}, // (guard)
			[]string{"Дмитрий Козловских WORKS_AS главный санитарный врач региона"},                                        // (guard)
			nil},
		{"news-s20-soc20-prize.txt", "2026-12-03",
			[]string{"AWARD Большая книга", "WORK_OF_ART Эшелон на Самарканд"}, // (guard)
			[]string{
				"Евгений Водолазкин AWARDED_WITH Большая книга", // (guard)
				"Гузель Яхина PRODUCES Эшелон на Самарканд",     // (guard)
			},
			nil},
		{"news-s20-soc20-football.txt", "2026-10-18",
			[]string{"ORGANIZATION Российская премьер-лига", "PERSON Сергей Семак", "FACILITY Газпром Арена"}, // (guard)
			[]string{"Сергей Семак WORKPLACE Зенит", "Зенит HEADQUARTERED_IN Санкт-Петербург"},                // (guard)
			nil},
		{"news-s20-soc20-theatre.txt", "2026-02-24",
			[]string{"WORK_OF_ART Мастер и Маргарита", "PERSON Михаил Булгаков", "ORGANIZATION Русские сезоны"}, // (guard)
			[]string{"Юрий Посохов WORKS_AS хореограф"},                                                         // (guard)
			nil},
		{"news-airliner.txt", "2025-11-20",
			[]string{"CITY Иркутск"}, // «на Иркутском авиационном заводе»: was a COUNTRY
			[]string{"Иркутский авиационный завод HEADQUARTERED_IN Иркутск"}, // (guard)
			// «„Аэрофлот“ получила … самолет МС-21-310»: came with the CITY
			// (the model's), dropped by the receiver filter
			[]string{"Аэрофлот PRODUCES МС-21-310"}},
	})
	checkAbsent(t, []absentCase{
		{"news-s20-soc20-hockey.txt", []string{"COUNTRY Федерация"}},          // «Федерации хоккея России»
		{"news-s20-soc20-hospital.txt", []string{"IDEOLOGY Республиканское"}}, // a republic's hospital
		{"news-s20-soc20-science.txt", []string{"COUNTRY Иркутск"}},           // a town's adjective
	})
}
