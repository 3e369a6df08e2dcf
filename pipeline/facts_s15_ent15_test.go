package pipeline

import "testing"

// TestNewsS15Ent15 checks the news texts written in the fifteenth session
// by the helper ent15 (testdata/news-s15-ent15-*.txt): entities and their
// canonical names. Lines marked (guard) held before.
func TestNewsS15Ent15(t *testing.T) {
	checkNews(t, []newsCase{
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
	})
}

// TestNewsS15Ent15Absent lists what must not stand as an entity of its own
// in the helper ent15's fifteenth-session texts.
func TestNewsS15Ent15Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
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
	})
}
