package pipeline

import "testing"

// TestNewsS23courts23 runs the pipeline over the twenty-third session's
// court news (helper courts23: verdicts, appeals, arbitration suits, the
// Constitutional Court, arrests in absentia, prosecutors' claims) and pins
// what its rules fixed and guards against plausible regressions.
func TestNewsS23courts23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-courts23-verdict.txt", "2025-10-14",
			[]string{"ORGANIZATION Центральный районный суд Челябинска", "PERSON Олег Сафронов", "PERSON Игорь Климов", "ORGANIZATION Челябинский областной суд"},
			[]string{
				"Центральный районный суд Челябинска AGENT приговорил",
				"Олег Сафронов PENALIZED_AS восьми годам колонии строгого режима",
				"Олег Сафронов CONVICTED_OF получение взятки в особо крупном размере",
				"Олег Сафронов WORKS_AS заместитель министра строительства Челябинской области",
				"ARREST(задержан) date=2023-03 participant=Олег Сафронов time=в марте 2023 года",
			},
			[]string{
				// «задержан сотрудниками ФСБ»: the agent of the passive
				// (both were given; passiveagent.go)
				"Олег Сафронов WORKS_AS сотрудники ФСБ",
				"Олег Сафронов WORKPLACE ФСБ",
			}},
		{"news-s23-courts23-absentia.txt", "2025-07-10",
			[]string{"ORGANIZATION Басманный суд Москвы", "PERSON Алексей Хотин", "PERSON Сергей Жорин"},
			[]string{
				"ARREST(арестовал) date= agent=Басманный суд Москвы participant=Алексей Хотин",
				"Алексей Хотин OWNER_OF Югра",
				// «в отношении Хотина» inside the quoted speech (was a
				// CITY Хотин; quotedSurname)
				"Алексей Хотин PENALIZED_AS заключения под стражу",
				"Сергей Жорин WORKS_AS адвокат",
			},
			[]string{
				// «избрал … меру пресечения», «объявлен в международный
				// розыск» (were ELECTION and STATEMENT; measure.go)
				"ELECTION(избрал) date= place=Россия",
				"STATEMENT(объявлен) date= participant=Алексей Хотин",
			}},
		{"news-s23-courts23-appeal.txt", "2025-06-05",
			[]string{"PERSON Владимир Исаев", "ORGANIZATION Ленинский районный суд Нижнего Тагила",
				// «признал бывшего главу города виновным» (was «глава
				// города виновным»; verdictTails)
				"PROFESSION глава города", "PERSON Борис Крылов"},
			[]string{
				"Владимир Исаев WORKS_AS мэр Нижнего Тагила",
				"Владимир Исаев CONVICTED_OF превышение должностных полномочий",
				"Борис Крылов WORKS_AS прокурор Свердловской области",
			},
			nil},
		{"news-s23-courts23-lawyer.txt", "2025-08-28",
			// «продлил … до 15 декабря»: the day ahead (was 2024-12-15;
			// timex.ExtendedTerm)
			[]string{"DATE до 15 декабря = 2025-12-15", "PERSON Анатолий Батаев", "PERSON Николай Гуляев", "PERSON Константин Рыбаков"},
			[]string{
				"Анатолий Батаев WORKS_AS ректор Новосибирского государственного технического университета",
				"Константин Рыбаков WORKS_AS адвокат",
				"ARREST(арестован) date=2025-08-28 participant=Николай Гуляев agent=Центральный районный суд Новосибирска",
			},
			nil},
		{"news-s23-courts23-constitutional.txt", "2025-11-21",
			// «не соответствующей Конституции норму Налогового кодекса»:
			// two laws (was one LAW «Конституция норму Налогового кодекса»;
			// constitutionParts)
			[]string{"LAW Конституция", "LAW Налоговый кодекс", "PERSON Валерий Зорькин", "PERSON Елена Морозова"},
			[]string{
				"Валерий Зорькин WORKS_AS председатель Конституционного суда",
				"Валерий Зорькин WORKPLACE Конституционный суд РФ",
			},
			[]string{"Конституция норму Налогового кодекса PART_OF Налоговый кодекс"}},
		{"news-s23-courts23-fraud.txt", "2025-04-17",
			[]string{"ORGANIZATION Кировский районный суд Самары", "PERSON Ирина Ветрова", "PERSON Людмила Сорокина"},
			[]string{
				"Кировский районный суд Самары AGENT вынес приговор",
				"Ирина Ветрова SPOUSE Геннадий Ветров",
				"Людмила Сорокина PENALIZED_AS шесть и четыре года колонии",
			},
			[]string{
				// the terms of the others (was given; otherTerms)
				"девяти годам лишения свободы ALTERNATIVE_NAME шесть и четыре года колонии",
				// «Кировский» names the district (districtAdjective)
				"Кировский районный суд Самары HEADQUARTERED_IN Киров",
			}},
		{"news-s23-courts23-arbitration.txt", "2025-09-03",
			[]string{"ORGANIZATION Арбитражный суд Москвы", "ORGANIZATION Мосэнергосбыт", "ORGANIZATION Девятый арбитражный апелляционный суд", "PERSON Анна Белова"},
			[]string{"Анна Белова WORKS_AS судья", "Арбитражный суд Московской области HEADQUARTERED_IN Московская область"},
			nil},
		{"news-s23-courts23-supreme.txt", "2025-05-20",
			[]string{"ORGANIZATION Верховный суд России", "ORGANIZATION Пятнадцатый арбитражный апелляционный суд", "PERSON Дмитрий Пархоменко"},
			[]string{"Дмитрий Пархоменко WORKS_AS генеральный директор агрохолдинга", "Арбитражный суд Краснодарского края HEADQUARTERED_IN Краснодарский край"},
			nil},
		{"news-s23-courts23-prosecutor.txt", "2025-02-09",
			[]string{"ORGANIZATION Генеральная прокуратура РФ", "PERSON Андрей Тарасенко", "DATE на 2 марта = 2025-03-02"},
			[]string{"Андрей Тарасенко WORKS_AS губернатор Приморья"},
			nil},
		{"news-s23-courts23-foreign.txt", "2025-03-12",
			[]string{"ORGANIZATION Высокий суд Лондона", "ORGANIZATION Rockwell Energy", "PERSON Эндрю Хендерсон", "PERSON Марк Стоун"},
			[]string{"Эндрю Хендерсон WORKS_AS судья", "Марк Стоун WORKPLACE Сибнефтегаз", "Rockwell Energy HEADQUARTERED_IN Великобритания"},
			nil},
	})
}
