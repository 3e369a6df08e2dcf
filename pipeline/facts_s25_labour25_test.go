package pipeline

import "testing"

// TestNewsS25labour25 pins the twenty-fifth session's rules for labour
// news of helper labour25 (docs/ner.md, docs/event.md) on made-up wire
// reports of strikes, wage arrears, layoffs, unemployment figures, work
// patents and a court's ruling on a worker's claim.
func TestNewsS25labour25(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-labour25-arrears.txt", "2025-04-03",
			[]string{
				"ORGANIZATION Государственная инспекция труда", // was «Государственная инспекция» (inspectionFields)
				"PERSON Михаил Ершов",
				"DATE до 1 мая = 2025-05-01", // (guard) a promise's deadline is ahead
			},
			[]string{
				"Михаил Ершов WORKPLACE Курганский машиностроительный завод", // (guard)
				"Государственная инспекция труда HEADQUARTERED_IN Курганская область",
			},
			nil},
		{"news-s25-labour25-miners.txt", "2026-02-02",
			[]string{
				"ORGANIZATION Государственная инспекция труда", // was «Государственная инспекция» and EVENT «инспекция труда»
				"DATE до 15 февраля = 2026-02-15",              // was 2025-02-15 (a demand's infinitive is ahead: doc.prospective)
				"ORGANIZATION Росуглепроф",
			},
			[]string{
				"Олег Пантелеев WORKPLACE Росуглепроф", // (guard)
				"MEETING(совещание) date=2026-02-02 agent=Илья Середюк",
			},
			[]string{
				"INSPECTION(инспекция труда) date=2026-02-02 participant=Государственная инспекция place=Кемеровская область", // was there: the inspection is the body
			}},
		{"news-s25-labour25-court.txt", "2025-06-17",
			[]string{
				"ORGANIZATION Российский профсоюз локомотивных бригад железнодорожников", // was «Российский профсоюз» (listHeads)
				"ORGANIZATION Октябрьский районный суд Екатеринбурга",
			},
			[]string{
				"Алексей Кудрин WORKPLACE Российский профсоюз локомотивных бригад железнодорожников", // was «Российский профсоюз»
				"Сергей Пахомов WORKS_AS машинист", // (guard)
			},
			[]string{
				"Алексей Кудрин WORKS_AS железнодорожники", // was there: the union's name was cut before whom it unites
			}},
		{"news-s25-labour25-samsung.txt", "2024-07-10",
			[]string{
				"ORGANIZATION Профсоюз Samsung",                          // was PROFESSION (unionPosts)
				"ORGANIZATION Национальный профсоюз Samsung Electronics", // was «Национальный профсоюз» (unionEmployers)
				"ORGANIZATION Samsung Electronics",
			},
			[]string{
				"PROTEST(забастовку) date=2024-07-10 agent=Профсоюз Samsung time=в среду", // was no agent
				"STATEMENT(объявил) date=2024-07-10 time=в среду",
			},
			[]string{
				"STATEMENT(объявил) date=2024-07-10 agent=Samsung Electronics time=в среду", // the union's company is no subject (genitiveName)
			}},
		{"news-s25-labour25-fnpr.txt", "2026-05-05",
			[]string{"ORGANIZATION Федерация независимых профсоюзов России", "PERSON Михаил Шмаков"},
			[]string{
				"Михаил Шмаков WORKS_AS председатель ФНПР",              // (guard)
				"PROTEST(акциях профсоюзов) date=2026-05-01 time=1 мая", // (guard)
			},
			[]string{
				"PROTEST(митинге) date=2027-01-01 participant=Михаил Шмаков place=Первомайск", // was so: a past meeting after the dateline's day (aheadOfDateline)
			}},
		{"news-s25-labour25-strike-france.txt", "2025-03-14",
			[]string{"ORGANIZATION SNCF", "ORGANIZATION CGT", "PERSON Софи Бине", "PERSON Франсуа Байру"},
			[]string{
				"Софи Бине WORKPLACE CGT",         // (guard)
				"Франсуа Байру WORKPLACE Франция", // (guard)
			},
			nil},
		{"news-s25-labour25-rosstat.txt", "2026-01-29",
			[]string{"ORGANIZATION Росстат", "ORGANIZATION Международная организация труда", "DATE в декабре 2025 года = 2025-12"},
			[]string{"Эльвира Набиуллина WORKPLACE Центробанк"}, // (guard)
			nil},
		{"news-s25-labour25-patents.txt", "2025-09-11",
			[]string{"ORGANIZATION Главное управление по вопросам миграции МВД России", "PERSON Валентина Казакова", "DATE с 1 января 2026 года = 2026-01-01"},
			[]string{
				"Валентина Казакова WORKPLACE Главное управление по вопросам миграции", // (guard: «ГУВМ» is its acronym)
				"Ярослав Нилов WORKS_AS председатель комитета Госдумы по труду",
			},
			nil},
		{"news-s25-labour25-layoffs.txt", "2025-08-25",
			[]string{"ORGANIZATION АвтоВАЗ", "PERSON Сергей Зайцев", "DATE с 29 сентября = 2025-09-29"},
			[]string{
				"Сергей Зайцев WORKPLACE АвтоВАЗ", // (guard: «председатель профкома АвтоВАЗа» stays a post)
				"Максим Соколов WORKPLACE АвтоВАЗ",
			},
			nil},
		{"news-s25-labour25-uk-nurses.txt", "2023-01-18",
			[]string{"ORGANIZATION Королевский колледж медсестер", "PERSON Риши Сунак", "DATE во вторник = 2023-01-17"},
			[]string{
				"Риши Сунак WORKS_AS премьер-министр", // (guard)
				"PROTEST(забастовку) date=2023-01-17 place=Великобритания",
			},
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s25-labour25-samsung.txt", []string{"PROFESSION профсоюз Samsung", "PROFESSION южнокорейская компания Samsung Electronics"}},
		{"news-s25-labour25-miners.txt", []string{"EVENT инспекция труда", "ORGANIZATION Государственная инспекция"}},
	})
}
