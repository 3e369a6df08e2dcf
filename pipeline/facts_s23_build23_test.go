package pipeline

import "testing"

// TestNewsS23build23 runs the pipeline over the twenty-third session's
// construction, housing and city-services news (helper build23:
// developers, housing estates, metro stations, bridges and roads, ЖКХ
// tariffs and accidents, mayors' and governors' decisions, Минстрой, Фонд
// развития территорий) and pins what its rules fixed and guards against
// plausible regressions.
func TestNewsS23build23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-build23-developer.txt", "2025-10-14",
			// «в жилом комплексе „Остафьево“» (was a PRODUCT;
			// housingComplex)
			[]string{"FACILITY Остафьево", "ORGANIZATION Самолет", "PERSON Антон Елистратов",
				"ORGANIZATION Комитет государственного строительного надзора города Москвы"},
			[]string{
				"Остафьево LOCATED_IN Новая Москва",
				"Антон Елистратов WORKPLACE Самолет",
				"STATEMENT(заявил) date=2025-10-14 agent=Антон Елистратов",
			},
			[]string{
				// (both were given while «Остафьево» was a product)
				"Самолет PRODUCES Остафьево",
				"Остафьево ORIGINS_FROM Новая Москва",
			}},
		{"news-s23-build23-metro.txt", "2025-09-03",
			// «станции … — „Нагатинский Затон“ и „Кленовый бульвар“»
			// (were an ORGANIZATION and a WORK_OF_ART; quotedListHead)
			[]string{"FACILITY Нагатинский Затон", "FACILITY Кленовый бульвар", "PERSON Сергей Собянин",
				"ORGANIZATION Мосинжпроект", "ORGANIZATION Мосметрострой"},
			[]string{
				"Сергей Собянин WORKS_AS мэр Москвы",
				"OPENING(открыл) date=2025-09-03 agent=Сергей Собянин time=в среду place=Большая кольцевая линия",
			},
			[]string{
				// (given while the stations were an organization and a work)
				"Нагатинский Затон PRODUCES Кленовый бульвар",
				"Сергей Собянин PARTICIPANT_IN Кленовый бульвар",
				"Нагатинский Затон HEADQUARTERED_IN Москва",
			}},
		{"news-s23-build23-road.txt", "2025-10-30",
			// «Госкомпания „Автодор“» and «поручил „Автодору“» (was named
			// «Автодора», the guessed woman's name; mergeInflected)
			[]string{"ORGANIZATION Автодор", "PERSON Вячеслав Петушенко", "PERSON Александр Дрозденко", "ORGANIZATION Автобан"},
			[]string{
				"Александр Дрозденко WORKS_AS губернатор Ленинградской области",
				"Вячеслав Петушенко WORKS_AS председатель правления компании",
			},
			[]string{
				// «Хуснуллин ранее поручил „Автодору“» (was given;
				// orderedBody)
				"Марат Хуснуллин WORKPLACE Автодор",
			}},
		{"news-s23-build23-minstroy.txt", "2026-02-05",
			// «Генеральный директор ДОМ.РФ Виталий Мутко» (the dot split
			// the sentence: «генеральный директор ДОМ» and an
			// organization «ДОМ», no relation; domainZone, domainEnd)
			[]string{"ORGANIZATION ДОМ.РФ", "PROFESSION генеральный директор ДОМ.РФ", "PERSON Виталий Мутко", "PERSON Ирек Файзуллин"},
			[]string{
				"Виталий Мутко WORKS_AS генеральный директор ДОМ.РФ",
				"Ирек Файзуллин WORKS_AS глава Министерства строительства и жилищно-коммунального хозяйства РФ",
				"STATEMENT(заявил) date=2026-02-05 agent=Ирек Файзуллин",
			},
			nil},
		{"news-s23-build23-tariffs.txt", "2025-11-20",
			[]string{"PERSON Денис Паслер", "PERSON Ирек Файзуллин", "ORGANIZATION Минстрой России", "DATE с 1 июля 2026 года = 2026-07-01"},
			[]string{
				"Денис Паслер WORKS_AS губернатор Свердловской области",
				"SIGNING(подписал) date=2025-11-20 agent=Николай Смирнов",
			},
			nil},
		{"news-s23-build23-arrest.txt", "2025-02-12",
			[]string{"PERSON Андрей Клочков", "PERSON Денис Пахомов", "ORGANIZATION Ленинский районный суд Воронежа", "ORGANIZATION СтройГарант"},
			[]string{
				"Андрей Клочков WORKS_AS руководитель управления жилищно-коммунального хозяйства администрации Воронежа",
				"Денис Пахомов WORKPLACE СтройГарант",
				"ARREST(задержан) date=2025-02-12 participant=Андрей Клочков",
				"Сергей Петрин WORKS_AS глава Воронежа",
			},
			nil},
		{"news-s23-build23-fund.txt", "2025-03-17",
			[]string{"PERSON Ирина Файзуллина", "PERSON Александр Уфимцев", "CITY Копейск", "CITY Златоуст", "CITY Миасс"},
			[]string{
				"Ирина Файзуллина WORKS_AS генеральный директор ФРТ",
				"Александр Уфимцев WORKS_AS министр строительства Челябинской области",
			},
			nil},
		{"news-s23-build23-bridge.txt", "2024-06-25",
			[]string{"PERSON Рустам Минниханов", "PERSON Марат Хуснуллин", "ORGANIZATION Татавтодор", "DATE летом 2027 года = 2027-SU"},
			[]string{
				"Рустам Минниханов WORKS_AS президент Татарстана",
				"Фарид Гайфутдинов WORKS_AS министр транспорта и дорожного хозяйства Татарстана",
			},
			nil},
		{"news-s23-build23-accident.txt", "2025-01-08",
			[]string{"ORGANIZATION Сибирская генерирующая компания", "PERSON Максим Кудрявцев", "DISTRICT Калининский район"},
			[]string{
				"Максим Кудрявцев WORKS_AS мэр Новосибирска",
				"Калининский район LOCATED_IN Новосибирск",
			},
			nil},
		{"news-s23-build23-renovation.txt", "2025-10-10",
			[]string{"PERSON Сергей Левкин", "PERSON Владимир Ефимов", "DISTRICT Хорошевский район"},
			[]string{
				"Владимир Ефимов WORKS_AS заместитель мэра Москвы",
				"Хорошевский район LOCATED_IN Москва",
			},
			nil},
	})
}
