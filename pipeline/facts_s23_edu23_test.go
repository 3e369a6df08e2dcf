package pipeline

import "testing"

// TestNewsS23edu23 pins the twenty-third session's news of education and
// youth (helper edu23; docs/ner.md and docs/names.md, «Twenty-third session
// (helper edu23)»): universities and rectors, ЕГЭ and olympiads,
// Минобрнауки and Минпросвещения, grants and student exchanges. The
// comments say what each line was before the session's rules; the others
// are guards.
func TestNewsS23edu23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-edu23-grant.txt", "2026-12-02",
			[]string{
				"ORGANIZATION Уральский федеральный университет", // was «Уральский федеральный университет и Казанского федерального университета» (academicNames)
				"ORGANIZATION Казанский федеральный университет", // guard
				"ORGANIZATION Томский государственный университет",
				"ORGANIZATION Российский научный фонд",
			},
			[]string{"Владимир Путин WORKS_AS президент России"}, // guard
			[]string{"Уральский федеральный университет и Казанского федерального университета PART_OF Казанский федеральный университет"}}, // was there
		{"news-s23-edu23-hse.txt", "2026-12-10",
			[]string{
				`ORGANIZATION Национальный исследовательский университет "Высшая школа экономики"`,
				"PERSON Никита Анисимов",
				"ORGANIZATION Дальневосточный федеральный университет",
			},
			[]string{
				`ELECTION(переизбран) date=2026-12-10 participant=Никита Анисимов participant=Национальный исследовательский университет "Высшая школа экономики"`, // was participant=НИУ ВШЭ, an entity of its own (quotedAcronym)
				"Никита Анисимов WORKPLACE Дальневосточный федеральный университет",                                                                                // guard
			},
			[]string{"Никита Анисимов WORKPLACE НИУ ВШЭ"}}, // was there: «НИУ ВШЭ» stood apart from the full name
		{"news-s23-edu23-minobr.txt", "2026-10-09",
			[]string{
				"ORGANIZATION Минобрнауки", // was «Минобрнаука» (fixedMinistry)
				"ORGANIZATION Томский политехнический университет",
				"PERSON Валерий Фальков",
			},
			[]string{
				"пресс-служба Минобрнауки PART_OF Минобрнауки", // was «… PART_OF Минобрнаука»
				"Валерий Фальков WORKS_AS министр науки и высшего образования России",
				"MEETING(совещание) date=2026-10-08 place=Томск agent=Валерий Фальков participant=Дмитрий Седнев participant=Эдуард Галажинский", // guard
			},
			nil},
		{"news-s23-edu23-exchange.txt", "2026-10-16",
			[]string{
				"ORGANIZATION Интерфакс-Сибирь", // was «"Интерфакс-Сибирь"», the quotes in the name (outerQuotes)
				"ORGANIZATION Новосибирский государственный университет",
				"ORGANIZATION Индийский технологический институт",
			},
			[]string{"Михаил Федорук WORKS_AS ректор НГУ", "Михаил Федорук WORKPLACE Новосибирский государственный университет"}, // guards
			nil},
		{"news-s23-edu23-olympiad.txt", "2026-07-28",
			[]string{
				"ORGANIZATION Вторая школа", // was «Вторая школа"» (outerQuotes)
				"EVENT Международная химическая олимпиада",
				"ORGANIZATION МГУ имени М.В.Ломоносова",
				"DATE с 18 по 27 июля = 2026-07-18/2026-07-27",
			},
			[]string{"Международная химическая олимпиада TAKES_PLACE_IN Дубай", "Сергей Кравцов WORKS_AS министр просвещения"}, // guards
			[]string{`Артем Соколов WORKPLACE Вторая школа"`}}, // was there
		{"news-s23-edu23-school.txt", "2026-09-01",
			[]string{
				"NUMBER 1,5 тыс.", // was a MONEY («школа на 1,5 тыс. учеников»: countedMoney)
				"PERSON Рустам Минниханов",
				"PERSON Ильсур Хадиуллин",
			},
			[]string{"Ильсур Хадиуллин WORKS_AS министр образования и науки Татарстана", "Советский район LOCATED_IN Казань"}, // guards
			nil},
		{"news-s23-edu23-spbu.txt", "2026-11-14",
			[]string{"ORGANIZATION Санкт-Петербургский государственный университет", "ORGANIZATION Университет Цинхуа", "PERSON Николай Кропачев"}, // guards
			[]string{"Николай Кропачев WORKPLACE Санкт-Петербургский государственный университет", "Университет Цинхуа HEADQUARTERED_IN Китай"},
			nil},
		{"news-s23-edu23-ege.txt", "2026-12-03",
			[]string{"ORGANIZATION Федеральная служба по надзору в сфере образования и науки", "PERSON Анзор Музаев", "ORGANIZATION Минпросвещения"}, // guards
			[]string{"Анзор Музаев WORKPLACE Федеральная служба по надзору в сфере образования и науки", "Сергей Кравцов WORKPLACE Минпросвещения"},
			nil},
		{"news-s23-edu23-mipt.txt", "2026-11-21",
			[]string{"ORGANIZATION Московский физико-технический институт", "PERSON Дмитрий Ливанов", "DATE 1 сентября 2027 года = 2027-09-01"}, // guards
			[]string{
				"Дмитрий Ливанов WORKPLACE Московский физико-технический институт",
				"Андрей Воробьев WORKS_AS губернатор Московской области",
				"OPENING(откроет новый кампус) date=2027-09-01 agent=Московский физико-технический институт place=Долгопрудный time=1 сентября 2027 года",
			},
			nil},
		{"news-s23-edu23-msu.txt", "2026-11-25",
			[]string{"ORGANIZATION Московский государственный университет имени М.В.Ломоносова", "PERSON Виктор Садовничий", "PERSON Дмитрий Чернышенко"}, // guards
			[]string{"Виктор Садовничий WORKPLACE Московский государственный университет имени М.В.Ломоносова", "Дмитрий Чернышенко WORKS_AS вице-премьер"},
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s23-edu23-grant.txt", []string{"ORGANIZATION Уральский федеральный университет и Казанского федерального университета"}},
		{"news-s23-edu23-hse.txt", []string{"ORGANIZATION НИУ ВШЭ"}},
		{"news-s23-edu23-minobr.txt", []string{"ORGANIZATION Минобрнаука"}},
		{"news-s23-edu23-school.txt", []string{"MONEY 1,5 тыс."}},
	})
}
