package pipeline

import "testing"

// TestNewsS21sport21 pins the sports news of the twenty-first session
// (helper sport21): clubs in quotes after their town's adjective, a
// federation named by its sport, a foreign man's surname in -а in an
// oblique case, a woman's name after a genitive post, the post of a
// nominative name after a post and its complement, and a quoted arena's
// name. Lines marked «guard» held before and pin what a regression would
// break.
func TestNewsS21sport21(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s21-sport21-khl.txt", "2027-01-14",
			[]string{"ORGANIZATION Авангард", "ORGANIZATION СКА", "CITY Омск", "ORGANIZATION Континентальная хоккейная лига"}, // Авангард was an EVENT
			[]string{"Авангард HEADQUARTERED_IN Омск", // was «Авангард TAKES_PLACE_IN Омск»
				"Сергей Плотников WORKPLACE СКА", // guard
				"Брендан Лайпсик ORIGINS_FROM канадский"},
			[]string{"СКА PARTICIPANT_IN Авангард", "Авангард TAKES_PLACE_IN Омск"}},
		{"news-s21-sport21-transfer.txt", "2027-02-03",
			[]string{"PERSON Эдуардо Перейра", "ORGANIZATION Зенит", "ORGANIZATION Краснодар"}, // was «Эдуардо Перейрой», and «Перейру» apart
			[]string{"Эдуардо Перейра WORKS_AS полузащитник",
				"Эдуардо Перейра ORIGINS_FROM Бразильский",
				"SIGNING(подписании контракта) date=2027-02-03 agent=Зенит participant=Эдуардо Перейра",
				"Александр Медведев WORKPLACE Зенит"}, // guard
			nil},
		{"news-s21-sport21-federation.txt", "2027-05-28",
			[]string{"ORGANIZATION Федерация лыжных гонок России", "PERSON Елена Вяльбе", "ORGANIZATION Олимпийский комитет России"}, // was «Федерация» a COUNTRY, «гонки России» an EVENT
			[]string{"Елена Вяльбе WORKPLACE Федерация лыжных гонок России",
				"Федерация лыжных гонок России HEADQUARTERED_IN Россия",
				"Станислав Поздняков WORKS_AS президент Олимпийского комитета России", // guard
				"ELECTION(переизбрана) date=2027-05-28 participant=Елена Вяльбе"},
			[]string{"гонки России TAKES_PLACE_IN Россия", "Елена Вяльбе WORKPLACE Федерация"}},
		{"news-s21-sport21-doping.txt", "2027-04-09",
			[]string{"PERSON Денис Иванов", "ORGANIZATION Российское антидопинговое агентство", "ORGANIZATION Спортивный арбитражный суд"},
			[]string{"Артём Патсев WORKS_AS адвокат", "Денис Иванов WORKS_AS лыжник",
				"Спортивный арбитражный суд HEADQUARTERED_IN Лозанна"}, // guard
			[]string{"Артём Патсев WORKS_AS спортсмен"}}, // «Адвокат спортсмена Артём Патсев»
		{"news-s21-sport21-figure.txt", "2026-12-22",
			[]string{"PERSON Аделия Петросян", "PERSON Ольга Смирнова", "PERSON Михаил Дегтярёв"}, // Смирнова was «Ольг Смирнов»
			[]string{"Аделия Петросян WORKS_AS фигуристка", // guard
				"Михаил Дегтярёв WORKS_AS министр спорта России",
				"чемпионат России по фигурному катанию TAKES_PLACE_IN Челябинск"},
			[]string{"Ольга Смирнова WORKS_AS спортсменка"}}, // «Хореограф спортсменки Ольга Смирнова»
		{"news-s21-sport21-boxing.txt", "2027-10-12",
			[]string{"FACILITY Кингдом", "PERSON Дмитрий Бивол", "ORGANIZATION Всемирная боксёрская ассоциация"}, // the arena was «Кингд»
			[]string{"Дмитрий Бивол WORKS_AS боксёр", "Энтони Ярд ORIGINS_FROM британец"},                        // guard
			nil},
		{"news-s21-sport21-olympics.txt", "2026-02-10",
			[]string{"PERSON Йоханнес Клебо", "EVENT Олимпийские игры", "ORGANIZATION Международная федерация лыжного спорта"},
			[]string{"Йоханнес Клебо WORKS_AS лыжник", // guard
				"Йохан Элиаш WORKPLACE Международная федерация лыжного спорта",
				"Олимпийские игры TAKES_PLACE_IN Милан"},
			nil},
		{"news-s21-sport21-tennis.txt", "2027-03-01",
			[]string{"PERSON Даниил Медведев", "PERSON Янник Синнер", "PERSON Карлос Алькарас", "ORGANIZATION Ассоциация теннисистов-профессионалов"},
			[]string{"Даниил Медведев WORKS_AS теннисист", "Новак Джокович ORIGINS_FROM серб"}, // guard
			nil},
		{"news-s21-sport21-basketball.txt", "2027-06-15",
			[]string{"ORGANIZATION ЦСКА", "PERSON Никита Курбанов", "ORGANIZATION Единая лига ВТБ"},
			[]string{"Никита Курбанов WORKS_AS капитан", "Андрей Ватутин WORKS_AS президент ЦСКА"}, // guard
			nil},
		{"news-s21-sport21-coach.txt", "2027-03-21",
			[]string{"PERSON Валерий Карпин", "ORGANIZATION Российский футбольный союз", "ORGANIZATION сборная России по футболу"},
			[]string{"Александр Дюков WORKS_AS президент РФС", // guard
				"APPOINTMENT(назначен) date=2027-03-21 participant=Сергей Игнашевич"},
			nil},
	})
}
