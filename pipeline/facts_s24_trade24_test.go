package pipeline

import "testing"

// TestNewsS24trade24 runs the pipeline over news of foreign trade,
// sanctions and customs written in the twenty-fourth session (helper
// trade24) and checks what its rules got right and guards against.
func TestNewsS24trade24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-trade24-us-sanctions.txt", "2025-01-10",
			[]string{"ORGANIZATION Управление по контролю за иностранными активами", "ORGANIZATION Сургутнефтегаз", "PERSON Владимир Богданов", "COUNTRY США"},
			[]string{
				"Министерство финансов США HEADQUARTERED_IN США",
				"Владимир Богданов WORKPLACE Сургутнефтегаз",
			},
			nil},
		{"news-s24-trade24-tariffs.txt", "2025-04-02",
			[]string{"PERSON Дональд Трамп", "PERSON Говард Лютник", "COUNTRY США", "COUNTRY Китай", "PERSON Юрий Ушаков"},
			[]string{
				"Говард Лютник WORKS_AS министр торговли США",
				"Министерство коммерции КНР HEADQUARTERED_IN Китай",
				"SIGNING(подписал указ) date=2025-04-02 agent=Дональд Трамп",
			},
			nil},
		{"news-s24-trade24-talks.txt", "2025-03-21",
			[]string{"CITY Мумбаи", "PERSON Пиюш Гоял", "PERSON Владимир Ильичев"}, // before: PERSON Мумбаи
			[]string{
				"Пиюш Гоял WORKS_AS министр торговли Индии",
				"MEETING(переговоров) date=2025-03-21 place=Нью-Дели",
			},
			nil},
		{"news-s24-trade24-fta.txt", "2025-06-27",
			[]string{"ORGANIZATION Евразийский экономический союз", "PERSON Бакытжан Сагинтаев", "PERSON Андрей Слепнев"},
			[]string{
				"Андрей Слепнев WORKPLACE Евразийская экономическая комиссия",
				"SIGNING(заключил соглашения) date= agent=Евразийский экономический союз", // before: agent=ЕАЭС, a second entity
			},
			nil},
		{"news-s24-trade24-eu-package.txt", "2025-10-23",
			[]string{"COUNTRY Объединенные Арабские Эмираты", "ORGANIZATION Nayara Energy", "PERSON Урсула фон дер Ляйен", "PERSON Кирилл Логвинов"},
			[]string{
				"Урсула фон дер Ляйен WORKS_AS председатель Еврокомиссии",
				"Евросоюз AGENT запретил",
			},
			[]string{"Гонконг LOCATED_IN Объединенные Арабские Эмираты"}}, // before: there (a list of three)
		{"news-s24-trade24-customs.txt", "2026-03-03",
			[]string{"ORGANIZATION Владивостокская таможня", "ORGANIZATION Дальневосточное таможенное управление", "PERSON Андрей Кудрявцев"},
			[]string{"Андрей Кудрявцев WORKPLACE Владивостокская таможня"},
			[]string{"VISIT(прибыл) date=2026-03-03 place=Япония"}}, // before: there («Груз прибыл из Японии»)
		{"news-s24-trade24-commission.txt", "2026-04-18",
			[]string{"PERSON Сергей Цивилев", "PERSON Жамшид Ходжаев", "CITY Оренбург"},
			[]string{
				"Жамшид Ходжаев WORKS_AS вице-премьер Узбекистана",
				"SIGNING(подписали) date=2026-04-18 agent=Жамшид Ходжаев agent=Сергей Цивилев",
			},
			nil},
		{"news-s24-trade24-uk.txt", "2025-05-09",
			[]string{"ORGANIZATION Fractal Marine", "PERSON Дэвид Лэмми", "PERSON Ахмед Хусейн"},
			[]string{
				"Fractal Marine HEADQUARTERED_IN Дубай",
				"Ахмед Хусейн WORKPLACE Fractal Marine",
				"Посольство России HEADQUARTERED_IN Лондон",
			},
			nil},
		{"news-s24-trade24-parallel.txt", "2025-08-05",
			[]string{"ORGANIZATION Министерство промышленности и торговли РФ", "PERSON Антон Алиханов", "ORGANIZATION Федеральная таможенная служба"},
			[]string{"Министерство промышленности и торговли РФ HEADQUARTERED_IN Россия"},
			nil},
		{"news-s24-trade24-border.txt", "2025-11-12",
			[]string{"PERSON Василий Орлов", "STATE_OR_PROVINCE Амурская область"},
			[]string{"Василий Орлов WORKS_AS губернатор Амурской области"},
			nil},
		{"news-s24-trade24-turnover.txt", "2026-02-14",
			[]string{"PERSON Максим Решетников", "PERSON Чжан Ханьхуэй", "ORGANIZATION Главное таможенное управление КНР"},
			[]string{
				"Максим Решетников WORKS_AS министр экономического развития РФ",
				"Чжан Ханьхуэй WORKS_AS посол КНР",
			},
			nil},
	})
}
