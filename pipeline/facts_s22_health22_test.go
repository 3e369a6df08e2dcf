package pipeline

import "testing"

// TestNewsS22health22 pins what the twenty-second session's helper
// health22 made right on made-up news of health care, medicine and
// pharmaceuticals (testdata/news-s22-health22-*.txt), and guards what was
// right before it.
func TestNewsS22health22(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-health22-award.txt", "2026-06-19",
			[]string{
				"AWARD Медаль Луки Крымского", // was only the PERSON Лука Крымский (eponyms: a medal and a person named in full)
				"AWARD Орден Пирогова",
				"PROFESSION заведующая отделением Областной детской больницы Ростова-на-Дону", // was «отделение Областной детской больницы Ростова-на-Дону» (managerPosts, actingPost)
			},
			[]string{
				"Рустем Хасанов AWARDED_WITH Медаль Луки Крымского", // was none
				"Елена Ковалева WORKS_AS заведующая отделением Областной детской больницы Ростова-на-Дону",
				"Елена Ковалева AWARDED_WITH Заслуженный врач Российской Федерации",
				"Марьяна Лысенко WORKS_AS главный врач Городской клинической больницы № 52 Москвы",
				"AWARD(наградил) date=2026-06-19 agent=Владимир Путин participant=Марьяна Лысенко", // was with participant=Пирогов
			},
			[]string{
				"Пирогов PARTICIPANT_IN наградил", // the person the order is named after (relation: no award's namesake as a party)
				"Елена Ковалева WORKS_AS отделение Областной детской больницы Ростова-на-Дону",
			}},
		{"news-s22-health22-who.txt", "2026-12-20",
			[]string{"DISEASE лихорадка Марбург", "ORGANIZATION Всемирная организация здравоохранения", "PERSON Тедрос Адханом Гебрейесус"}, // was DISEASE «лихорадка» and CITY «Марбург»
			[]string{
				"Тедрос Адханом Гебрейесус WORKPLACE Всемирная организация здравоохранения",
				"STATEMENT(объявила) date=2026-12-20 agent=Всемирная организация здравоохранения",
			},
			[]string{"Марбург LOCATED_IN Руанда"}}, // was there: the fever's name read as a city
		{"news-s22-health22-chief-doctor.txt", "2026-02-03",
			[]string{"PERSON Алексей Шумилов", "PERSON Игорь Ушаков", "PERSON Татьяна Савинова"},
			[]string{
				"Алексей Шумилов AGE_IS 47 лет", // «Шумилову 47 лет» opens its sentence (surnames); was Игорь Ушаков's
				"Алексей Шумилов SCHOOLS_ATTENDED Уральская государственная медицинская академия",
				"Алексей Шумилов WORKS_AS главный врач Городской клинической больницы № 40 Екатеринбурга",
				"Татьяна Савинова WORKS_AS министр здравоохранения Свердловской области",
				"APPOINTMENT(назначен) date=2026-02-03 participant=Алексей Шумилов",
				"DISMISSAL(отставку) date=2026-01 agent=Игорь Ушаков time=в январе",
			},
			[]string{"Игорь Ушаков AGE_IS 47 лет", "Игорь Ушаков SCHOOLS_ATTENDED Уральская государственная медицинская академия"}},
		{"news-s22-health22-epidemic.txt", "2026-03-17",
			[]string{"PROFESSION главный санитарный врач России", "STATE_OR_PROVINCE Дагестан", "ORGANIZATION Всемирная организация здравоохранения"}, // was «врач России» (rankedPosts over adjectives)
			[]string{
				"Анна Попова WORKS_AS главный санитарный врач России", // was «врач России»
				"Элмира Омарова WORKS_AS руководитель регионального управления Роспотребнадзора",
				"региональное управление Роспотребнадзора PART_OF Роспотребнадзор",
				"STATEMENT(заявила) date=2026-03-16 agent=Анна Попова time=16 марта",
			},
			[]string{"Анна Попова WORKS_AS врач России"}},
		{"news-s22-health22-drug-registration.txt", "2026-04-22",
			[]string{"PRODUCT Дивозилимаб", "ORGANIZATION Биокад", "ORGANIZATION Министерство здравоохранения РФ"},
			[]string{
				"Биокад PRODUCES Дивозилимаб", // «препарат „Дивозилимаб“ компании „Биокад“» (productOfMaker); was none
				"Дмитрий Морозов WORKS_AS генеральный директор «Биокада»",
				"Герофарм FOUNDED_BY Петр Родионов",
			},
			nil},
		{"news-s22-health22-minister.txt", "2026-10-14",
			[]string{"PERSON Михаил Мурашко", "PERSON Евгений Камкин", "STATE_OR_PROVINCE Курганская область"},
			[]string{
				"Михаил Мурашко WORKS_AS министр здравоохранения России", // (guards)
				"Константин Хальзов WORKS_AS министр здравоохранения Новосибирской области",
				"MEETING(совещании) date=2026-10-14 participant=Михаил Мурашко",
			},
			nil},
		{"news-s22-health22-new-center.txt", "2026-11-28",
			[]string{"ORGANIZATION Центр ядерной медицины", "ORGANIZATION Тюменская областная клиническая больница № 1", "ORGANIZATION Varian"},
			[]string{
				"Александр Моор WORKS_AS губернатор Тюменской области", // (guards)
				"Андрей Каприн WORKS_AS директор Национального медицинского исследовательского центра радиологии",
				"Центр ядерной медицины HEADQUARTERED_IN Тюмень",
				"Ольга Кузнецова WORKPLACE Тюменская областная клиническая больница № 1",
			},
			nil},
		{"news-s22-health22-inspection.txt", "2026-08-05",
			[]string{"ORGANIZATION Росздравнадзор", "ORGANIZATION Мать и дитя", "PERSON Марк Курцер"},
			[]string{"Мать и дитя FOUNDED_BY Марк Курцер", "Людмила Куприна WORKS_AS руководитель территориального органа Роспотребнадзора"}, // (guards)
			nil},
		{"news-s22-health22-vaccine.txt", "2026-09-09",
			[]string{"ORGANIZATION Национальный исследовательский центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи", "PRODUCT Спутник V", "ORGANIZATION Генериум"},
			[]string{"Генериум HEADQUARTERED_IN Владимирская область", "Александр Гинцбург WORKS_AS директор центра"}, // (guards)
			nil},
		{"news-s22-health22-pharma-lawsuit.txt", "2026-07-11",
			[]string{"ORGANIZATION Pfizer", "ORGANIZATION Фармасинтез", "ORGANIZATION Девятый арбитражный апелляционный суд"},
			[]string{"Pfizer HEADQUARTERED_IN США", "Викрам Пуния WORKPLACE Фармасинтез"}, // (guards)
			nil},
	})
}
