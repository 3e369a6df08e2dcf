package pipeline

import "testing"

// TestNewsS25house25 runs the twenty-fifth session's news of real estate,
// construction and housing (helper house25: developers, mortgages,
// tariffs, accidents, resettlement, inspections, court cases) through the
// pipeline and checks the facts its rules got right.
func TestNewsS25house25(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-house25-domrf.txt", "2026-04-15",
			[]string{
				"ORGANIZATION ДОМ.РФ", // was no entity: the model left «ДОМ.РФ» out (domainNames)
				"ORGANIZATION Министерство строительства и жилищно-коммунального хозяйства", // was «Министерство» (bareMinistry)
				"PERSON Виталий Мутко", "PERSON Алексей Заботкин",
			},
			[]string{
				"Виталий Мутко WORKPLACE ДОМ.РФ", // was missing
				"Виталий Мутко WORKS_AS генеральный директор ДОМ.РФ",
				"Алексей Заботкин WORKPLACE Центральный банк",
			},
			nil},
		{"news-s25-house25-lsr.txt", "2026-08-21",
			[]string{
				"ORGANIZATION ЛСР", // was a COUNTRY (companyAcronyms)
				"ORGANIZATION Комитет по строительству Санкт-Петербурга", // was no entity (unnamedCommittees)
				"ORGANIZATION Эталон", "PERSON Геннадий Щербина",
			},
			[]string{
				"Комитет по строительству Санкт-Петербурга HEADQUARTERED_IN Санкт-Петербург",
				"Геннадий Щербина WORKPLACE Эталон",
			},
			[]string{
				"Эталон HEADQUARTERED_IN ЛСР",    // was there: ЛСР read as a country
				"Санкт-Петербург LOCATED_IN ЛСР", // likewise
			}},
		{"news-s25-house25-kapremont.txt", "2026-02-02",
			[]string{
				"ORGANIZATION Государственная жилищная инспекция Республики Татарстан", // was no entity (inspections)
				"ORGANIZATION Фонд капитального ремонта Республики Татарстан",
				"PERSON Рустам Минниханов",
			},
			[]string{
				"Государственная жилищная инспекция Республики Татарстан HEADQUARTERED_IN Татарстан",
				"Ринат Гараев WORKS_AS генеральный директор фонда",
			},
			[]string{
				"INSPECTION(инспекции) date=2026-02-02 participant=Ильяс Шакиров", // «Руководитель инспекции»: a body, not an inspection held (was there)
				"Ильяс Шакиров PARTICIPANT_IN инспекция",
			}},
		{"news-s25-house25-tariffs.txt", "2026-06-10",
			[]string{
				"ORGANIZATION комитет Госдумы по строительству и ЖКХ", // was cut before «и ЖКХ» (fieldAcronyms)
				"PERSON Марат Хуснуллин",
			},
			[]string{
				"Сергей Пахомов WORKS_AS председатель комитета Госдумы по строительству и ЖКХ",
				"комитет Госдумы по строительству и ЖКХ PART_OF Госдума",
				"Марат Хуснуллин WORKS_AS вице-премьер",
			},
			nil},
		{"news-s25-house25-collapse.txt", "2026-01-11",
			[]string{"ORGANIZATION ГУ МЧС по Воронежской области", "PERSON Сергей Петрин", "FACILITY улица Кольцовская"},
			[]string{
				"Сергей Петрин WORKS_AS мэр Воронежа",
				"улица Кольцовская LOCATED_IN Воронеж",
				"Александр Гусев WORKS_AS губернатор Воронежской области",
			},
			nil},
		{"news-s25-house25-dolshiki.txt", "2026-04-17",
			[]string{"ORGANIZATION ЮгСтройИнвест-Кубань", "FACILITY Солнечный берег", "PERSON Вениамин Кондратьев"},
			[]string{
				"Дмитрий Ковалев WORKPLACE ЮгСтройИнвест-Кубань",
				"Дмитрий Ковалев CONVICTED_OF мошенничество",
				"VERDICT(приговорил) date=2026-04-17 agent=Октябрьский районный суд Краснодара participant=Дмитрий Ковалев",
			},
			nil},
		{"news-s25-house25-heating.txt", "2026-01-24",
			[]string{"DISTRICT Ленинский район", "ORGANIZATION СГК-Новосибирск", "ORGANIZATION Прокуратура Новосибирской области"},
			[]string{
				"Максим Кудрявцев WORKS_AS мэр Новосибирска",
				"ACCIDENT(Авария) date=2026-01-24 time=в ночь на 24 января",
			},
			nil},
		{"news-s25-house25-avariynoe.txt", "2026-06-05",
			[]string{"ORGANIZATION Фонд развития территорий", "ORGANIZATION Сатурн-Р", "CITY Березники"},
			[]string{
				"Игорь Шевчук WORKS_AS министр строительства",
				"Дмитрий Махонин WORKS_AS губернатор Пермского края",
			},
			nil},
		{"news-s25-house25-detained.txt", "2026-10-29",
			[]string{"ORGANIZATION Управление государственного строительного надзора Свердловской области", "PERSON Андрей Лаптев"},
			[]string{
				"Андрей Лаптев WORKPLACE Управление государственного строительного надзора Свердловской области",
				"ARREST(задержали) date= participant=Андрей Лаптев", // no date: «в среду» is a day before the dateline's (datelineDate)
				"Марина Королева WORKS_AS исполняющий обязанности начальника",
			},
			nil},
		{"news-s25-house25-pik.txt", "2026-03-03",
			[]string{"ORGANIZATION ПИК", "PERSON Сергей Гордеев", "ORGANIZATION Банк России"},
			[]string{
				"Сергей Гордеев WORKPLACE ПИК",
				"Сергей Гордеев WORKS_AS президент группы ПИК",
			},
			nil},
	})
}
