package pipeline

import "testing"

// TestNewsS23finance23 pins the facts of the twenty-third session's news
// texts of finance and banking (helper finance23): the Bank of Russia and
// its key rate, licences revoked, bond placements, an IPO, sanctions on
// banks, bank chiefs.
func TestNewsS23finance23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-finance23-licence.txt", "2026-03-12",
			[]string{"ORGANIZATION Центральный банк РФ", "ORGANIZATION Северный кредитный банк", "ORGANIZATION Агентство по страхованию вкладов"},
			[]string{
				// «МОСКВА, 12 марта. /Интерфакс/. Центральный банк РФ отозвал
				// лицензию …»: the lead's untyped event on the dateline's day
				// (before: date=)
				"OTHER(отозвал лицензию) date=2026-03-12 agent=Центральный банк РФ participant=Северный кредитный банк",
				"Северный кредитный банк HEADQUARTERED_IN Москва",
			},
			nil},
		{"news-s23-finance23-sanctions.txt", "2025-11-21",
			[]string{"ORGANIZATION Газпромбанк", "ORGANIZATION Металлинвестбанк", "PERSON Андрей Акимов"},
			[]string{
				// «Министерство финансов США ввело санкции против
				// Газпромбанка» (before: date=)
				"OTHER(санкции) date=2025-11-21 agent=Министерство финансов США participant=Газпромбанк",
				"Андрей Акимов WORKPLACE Газпромбанк",
				"Андрей Акимов WORKS_AS председатель правления Газпромбанка",
			},
			nil},
		{"news-s23-finance23-ipo.txt", "2026-04-17",
			[]string{"ORGANIZATION Кедр Финанс", "ORGANIZATION Т-Банк", "ORGANIZATION Совкомбанк", "ORGANIZATION Альфа-Банк"},
			[]string{
				// «провела первичное публичное размещение акций (IPO)»
				// (before: date=)
				"OTHER(первичное публичное размещение акций) date=2026-04-17 agent=Кедр Финанс place=Московская биржа",
				"Антон Шершнев WORKPLACE Кедр Финанс",
				"Илья Вострецов OWNER_OF Кедр Финанс",
			},
			nil},
		{"news-s23-finance23-sber.txt", "2026-07-28",
			// «Кредитный портфель Сбера» (before: PERSON Сбера, its own entity)
			[]string{"ORGANIZATION Сбербанк", "PERSON Герман Греф"},
			[]string{
				"Герман Греф WORKS_AS председатель правления Сбербанка",
				"Фонд национального благосостояния OWNER_OF Сбербанк",
			},
			nil},
		{"news-s23-finance23-keyrate.txt", "2026-10-23",
			// «Совет директоров Банка России» (before: no «Банка России»,
			// and «ЦБ», «Центробанк» the entity «Центробанк»)
			[]string{"ORGANIZATION Банк России", "PERSON Эльвира Набиуллина", "ORGANIZATION Сбербанк"},
			[]string{
				"Совет директоров Банка России PART_OF Банк России",
				"Эльвира Набиуллина WORKPLACE Банк России",
				"Эльвира Набиуллина WORKS_AS председатель ЦБ",
				"Михаил Матовников WORKPLACE Сбербанк",
				"STATEMENT(заявила) date=2026-10-23 agent=Эльвира Набиуллина",
			},
			nil},
		{"news-s23-finance23-vtb-bonds.txt", "2026-06-05",
			// «Аналитики „Совкомбанка“» (before: the name as written)
			[]string{"ORGANIZATION Банк ВТБ", "ORGANIZATION Газпромбанк", "ORGANIZATION Московская биржа", "ORGANIZATION Совкомбанк"},
			[]string{"Андрей Костин WORKPLACE Банк ВТБ"},
			nil},
		{"news-s23-finance23-appointment.txt", "2026-09-03",
			[]string{"PERSON Борис Листов", "ORGANIZATION Россельхозбанк"},
			[]string{
				"Борис Листов WORKPLACE Россельхозбанк",
				"APPOINTMENT(назначил) date=2026-09-03 agent=Наблюдательный совет Россельхозбанка participant=Борис Листов time=пятилетний",
			},
			nil},
		{"news-s23-finance23-fine.txt", "2026-05-14",
			[]string{"ORGANIZATION Сибирский торговый банк", "PERSON Сергей Гурьев", "ORGANIZATION Банк России"},
			[]string{
				// (before: date=)
				"OTHER(возбудил уголовное дело) date=2026-05-14 agent=Следственный комитет participant=Сергей Гурьев",
				"ARREST(задержан) date=2026-05-12 place=Москва time=12 мая",
			},
			nil},
		{"news-s23-finance23-exchange.txt", "2026-02-09",
			[]string{"ORGANIZATION Московская биржа", "ORGANIZATION Санкт-Петербургская биржа", "PERSON Виктор Жидков"},
			[]string{"Виктор Жидков WORKPLACE Московская биржа", "Александр Потавин WORKPLACE Финам"},
			nil},
		{"news-s23-finance23-merger.txt", "2026-01-30",
			[]string{"ORGANIZATION Заречье", "PERSON Зуфар Гарипов"},
			[]string{"Зуфар Гарипов WORKPLACE Ак Барс Банк", "Заречье HEADQUARTERED_IN Казань"},
			nil},
	})
}

// TestNewsS23finance23Absent: the entities the news texts of finance must
// not hold.
func TestNewsS23finance23Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s23-finance23-sber.txt", []string{"PERSON Сбера"}},                      // before: there
		{"news-s23-finance23-ipo.txt", []string{"ORGANIZATION Т-Банк и «Совкомбанк»"}}, // before: the two banks one entity
	})
}
