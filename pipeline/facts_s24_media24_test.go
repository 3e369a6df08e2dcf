package pipeline

import "testing"

// TestNewsS24media24 runs the pipeline over the twenty-fourth session's
// news of the media (helper media24): outlets and their editors, TV
// channels and holdings, journalists detained or awarded, Роскомнадзор
// blocking a site, foreign-agent listings, international broadcasters, a
// merger, ratings, a festival. Each line notes what it was before the
// session's rules, or the regression it guards against.
func TestNewsS24media24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-media24-editor.txt", "2026-04-08",
			[]string{
				"ORGANIZATION Огонёк", // outletHeads: «журнала „Огонёк“» (was WORK_OF_ART)
				"PERSON Елена Гусева", "PERSON Владимир Жеребцов", "ORGANIZATION Коммерсант",
			},
			[]string{
				"Елена Гусева WORKPLACE Огонёк", // was «Елена Гусева PARTICIPANT_IN Огонёк»
				"Елена Гусева WORKPLACE Коммерсант",
				"Елена Гусева PLACE_OF_BIRTH Воронеж",
				"USM OWNER_OF Коммерсантъ", // guard
			},
			[]string{"Елена Гусева PARTICIPANT_IN Огонёк"}},
		{"news-s24-media24-foreign-agent.txt", "2025-11-21",
			[]string{
				"ORGANIZATION Правда Урала",                                       // outletHeads: «интернет-издание „Правда Урала“» (was WORK_OF_ART)
				"PROFESSION ведущий радиостанции «Эхо Москвы»",                    // names: substantive «ведущего» heads (was «ведущая радиостанция «Эхо Москвы»»)
				"ORGANIZATION Министерство юстиции России", "PERSON Игорь Лапшин", // guards
			},
			[]string{
				"Игорь Лапшин WORKPLACE Эхо Москвы",
				"Игорь Лапшин WORKS_AS ведущий радиостанции «Эхо Москвы»", // was «… WORKS_AS ведущая радиостанция «Эхо Москвы»»
				"Дмитрий Колесов WORKS_AS журналист",
			},
			nil},
		{"news-s24-media24-award.txt", "2026-01-13",
			[]string{"PROFESSION обозреватель", "AWARD Золотое перо России", "ORGANIZATION Союз журналистов России"}, // обозреватель: occupationLemmas (was no mention)
			[]string{
				"Анна Сорокина WORKS_AS обозреватель", // was none
				"Анна Сорокина WORKPLACE Известия",
				"Максим Воронцов WORKPLACE Россия-24",
				"Владимир Соловьев WORKS_AS председатель Союза журналистов России",
			},
			nil},
		{"news-s24-media24-merger.txt", "2025-10-02",
			[]string{"ORGANIZATION Газпром-Медиа", "ORGANIZATION Волга ТВ", "PERSON Александр Жаров"},
			[]string{
				"Александр Жаров WORKPLACE Газпром-Медиа",
				"Волга ТВ HEADQUARTERED_IN Нижний Новгород", // «нижегородского» now the dateline's Нижний Новгород: one entity (was two)
				"Волга ТВ FOUNDED_BY Сергей Крылов",
			},
			nil},
		{"news-s24-media24-festival.txt", "2025-09-25",
			[]string{
				"EVENT Медиа-Юг", // «фестиваль журналистики „Медиа-Юг“» (was a second entity, an ORGANIZATION)
				"ORGANIZATION Министерство цифрового развития, связи и массовых коммуникаций РФ", // was «Министерство цифрового развития»
				"PERSON Маргарита Симоньян",
			},
			[]string{
				"Медиа-Юг TAKES_PLACE_IN Сочи",
				"Маргарита Симоньян WORKPLACE RT",
				"Вениамин Кондратьев WORKS_AS губернатор Краснодарского края",
			},
			nil},
		{"news-s24-media24-detained.txt", "2026-06-05",
			[]string{"ORGANIZATION Reuters", "PERSON Мехмет Йылдыз", "ORGANIZATION Репортеры без границ", "ORGANIZATION Комитет защиты журналистов"},
			[]string{"ARREST(задержан) date= place=Стамбул participant=Мехмет Йылдыз time=в среду"}, // guard
			nil},
		{"news-s24-media24-bbc.txt", "2025-11-10",
			[]string{"ORGANIZATION Би-би-си", "PERSON Тим Дэви", "PERSON Дебора Тернесс", "ORGANIZATION The Guardian"},
			[]string{
				"Тим Дэви WORKPLACE Би-би-си",
				"Дебора Тернесс WORKS_AS глава службы новостей Би-би-си",
				"Кир Стармер WORKS_AS премьер-министр Великобритании",
			},
			nil},
		{"news-s24-media24-ratings.txt", "2026-02-17",
			[]string{"WORK_OF_ART Голос", "ORGANIZATION Первый канал", "ORGANIZATION Mediascope", "PERSON Константин Эрнст"},
			[]string{"Константин Эрнст WORKPLACE Первый канал", "Дмитрий Нагиев WORKS_AS ведущий"},
			nil},
		{"news-s24-media24-rkn-block.txt", "2026-03-14",
			[]string{"ORGANIZATION Роскомнадзор", "ORGANIZATION Северный вестник", "PERSON Олег Таранов"},
			[]string{"Олег Таранов WORKS_AS главный редактор", "STATEMENT(заявил) date=2026-03-12 agent=Олег Таранов"},
			nil},
	})
}
