package pipeline

import "testing"

// TestNewsS24space24 runs the pipeline over news of the space industry and
// aviation written in the twenty-fourth session (helper space24) and checks
// what its rules got right and guards against.
func TestNewsS24space24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-space24-soyuz.txt", "2025-03-14",
			[]string{"FACILITY Байконур", "PRODUCT Союз МС-27", "PERSON Сергей Рыжиков", "PERSON Джонатан Ким", "ORGANIZATION NASA"},
			[]string{
				"Джонатан Ким WORKPLACE NASA",
				"Дмитрий Баканов WORKS_AS генеральный директор Роскосмоса",
				"стартовала TAKES_PLACE_IN Байконур",
			},
			nil},
		{"news-s24-space24-progress.txt", "2025-07-03",
			[]string{"PRODUCT Прогресс МС-30", "CITY Королев", "FACILITY Международная космическая станция"}, // before: PERSON Королев, then CITY Королева
			[]string{
				"Королев LOCATED_IN Московская область",
				"Запуск TAKES_PLACE_IN Байконур",
			},
			nil},
		{"news-s24-space24-vostochny.txt", "2025-11-25",
			[]string{"FACILITY Восточный", "PRODUCT Ангара-А5", "PERSON Василий Орлов", "STATE_OR_PROVINCE Амурская область"},
			[]string{
				"Восточный LOCATED_IN Амурская область",
				"Василий Орлов WORKS_AS губернатор Амурской области",
			},
			nil},
		{"news-s24-space24-plesetsk.txt", "2025-08-13",
			[]string{"FACILITY Плесецк", "ORGANIZATION Министерство обороны России", "CITY Архангельск"},
			[]string{"Плесецк LOCATED_IN Архангельская область"},
			nil},
		{"news-s24-space24-spacex.txt", "2026-02-06",
			[]string{"ORGANIZATION SpaceX", "PERSON Илон Маск", "PERSON Шон Даффи", "PRODUCT Falcon 9"},
			[]string{"Шон Даффи WORKS_AS глава NASA", "SpaceX HEADQUARTERED_IN США"},
			nil},
		{"news-s24-space24-china.txt", "2025-10-30",
			[]string{"PERSON Чжан Лу", "PERSON Чжан Хунчжан", "PERSON Ву Фэй", "PRODUCT Шэньчжоу-21"},
			[]string{"Национальное космическое управление Китая HEADQUARTERED_IN Китай"},
			[]string{"Чжан Лу ALTERNATIVE_NAME Чжан Хунчжан"}}, // before: there (two crew members of one surname)
		{"news-s24-space24-ms21.txt", "2025-04-18",
			[]string{"ORGANIZATION Объединенная авиастроительная корпорация", "PERSON Вадим Бадеха", "PRODUCT МС-21", "ORGANIZATION Ростех"},
			[]string{
				"Вадим Бадеха WORKS_AS генеральный директор ОАК",
				"Объединенная авиастроительная корпорация PART_OF Ростех",
				"Иркутский авиационный завод HEADQUARTERED_IN Иркутск",
			},
			nil},
		{"news-s24-space24-superjet.txt", "2025-09-09",
			[]string{"ORGANIZATION Аэрофлот", "PERSON Сергей Александровский", "PRODUCT SJ-100", "FACILITY Шереметьево", "ORGANIZATION S7 Airlines"},
			[]string{"Сергей Чемезов WORKS_AS глава Ростеха", "ОДК PRODUCES ПД-8"},
			nil},
		{"news-s24-space24-incident.txt", "2026-01-22",
			[]string{"FACILITY Толмачево", "ORGANIZATION Межгосударственный авиационный комитет"},
			[]string{"ACCIDENT(экстренную посадку) date=2026-01-22 place=Толмачево"}, // before: place=Москва, the flight's destination
			[]string{"ACCIDENT(экстренную посадку) date=2026-01-22 place=Москва"}},
		{"news-s24-space24-crash.txt", "2025-05-05",
			[]string{"ORGANIZATION Следственный комитет России", "PRODUCT Ми-8", "PERSON Дмитрий Демешин", "ORGANIZATION Росавиация"},
			[]string{"Дмитрий Демешин WORKS_AS губернатор Хабаровского края"},
			nil},
		{"news-s24-space24-spacewalk.txt", "2023-10-25",
			[]string{"PERSON Олег Кононенко", "PERSON Николай Чуб", "PERSON Владимир Соловьев"},
			[]string{"Олег Кононенко WORKS_AS космонавты"},
			nil},
	})
}
