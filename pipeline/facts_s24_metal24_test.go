package pipeline

import "testing"

// TestNewsS24metal24 runs the pipeline over the twenty-fourth session's
// news of mining and metallurgy (helper metal24): holdings, their plants
// and mines, quarterly output, licences, an accident at a mine, sanctions
// on metals, chief executives. Each line notes what it was before the
// session's rules, or the regression it guards against.
func TestNewsS24metal24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-metal24-nornickel.txt", "2026-04-28",
			[]string{
				"DATE за январь-март = 2026-01/2026-03", // periodDates (was no mention)
				"DATE в первом квартале 2026 года = 2026-Q1",
				"ORGANIZATION Норильский никель", // «ГМК „Норильский никель“» and «Норникель» one entity
				"ORGANIZATION Надеждинский металлургический завод",
				"CITY Мончегорск",
			},
			[]string{
				"Владимир Потанин WORKS_AS президент «Норникеля»",
				"Владимир Потанин WORKPLACE Норильский никель",
				"STATEMENT(заявил) date=2026-04-28 agent=Владимир Потанин",
			},
			nil},
		{"news-s24-metal24-nlmk.txt", "2026-07-15",
			[]string{
				"DATE во втором квартале = 2026-Q2", // periodDates (was ORDINAL «втором»)
				"ORGANIZATION Новолипецкий металлургический комбинат",
				"PERSON Владимир Лисин", "PERSON Григорий Федоришин",
			},
			[]string{
				"Владимир Лисин WORKPLACE Новолипецкий металлургический комбинат",
				"Владимир Лисин OWNER_OF Новолипецкий металлургический комбинат", // «основной владелец компании Владимир Лисин» (was none)
			},
			nil},
		{"news-s24-metal24-mmk.txt", "2026-02-03",
			[]string{"ORGANIZATION Магнитогорский металлургический комбинат", "DATE В декабре = 2025-12"},
			[]string{
				"Павел Шиляев WORKS_AS генеральный директор ММК",
				"Павел Шиляев WORKPLACE Магнитогорский металлургический комбинат",
				"Виктор Рашников OWNER_OF Магнитогорский металлургический комбинат",
			},
			nil},
		{"news-s24-metal24-severstal.txt", "2025-10-22",
			[]string{
				"DATE за третий квартал = 2025-Q3",       // periodDates (was ORDINAL «третий»)
				"DATE в июле-сентябре = 2025-07/2025-09", // periodDates (was CITY «Июль-Сентябрь»)
				"ORGANIZATION Череповецкий металлургический комбинат",
			},
			[]string{
				"APPOINTMENT(назначил) date=2025-10-22 agent=Совет директоров ПАО «Северсталь» participant=Александр Шевелев",
				"Алексей Мордашов OWNER_OF Северсталь",
				"Георгий Филимонов WORKS_AS вологодский губернатор", // localPosts (was «губернатор»)
			},
			[]string{"Георгий Филимонов ORIGINS_FROM Вологодский"}}, // (was there: the adjective a CITY of his origin)
		{"news-s24-metal24-mine-accident.txt", "2025-11-09",
			[]string{"FACILITY Талдинская-Западная", "ORGANIZATION Сибирская угольная энергетическая компания"},
			[]string{
				"ACCIDENT(обрушения) date=2025-11-08 place=Талдинская-Западная", // happenedOn: «Инцидент произошёл в ночь на субботу» (was undated)
				"DEATH(погибли) date=2025-11-08 place=Кемеровская область",      // (was undated)
				"Илья Середюк WORKS_AS губернатор Кузбасса",
			},
			nil},
		{"news-s24-metal24-polyus.txt", "2025-08-12",
			[]string{
				"DATE Во втором квартале = 2025-Q2", // periodDates (was ORDINAL «втором»)
				"ORGANIZATION Полюс", "FACILITY Олимпиадинское месторождение",
				"ORGANIZATION Федеральное агентство по недропользованию", // one with «Роснедра»
			},
			[]string{
				"Чертово Корыто LOCATED_IN Иркутская область",
				"Алексей Вострокнутов WORKPLACE Полюс", // «Генеральный директор компании» after «золотодобытчик „Полюс“» (was none)
			},
			nil},
		{"news-s24-metal24-phosagro.txt", "2026-05-19",
			[]string{"ORGANIZATION ФосАгро", "PERSON Михаил Рыбников", "STATE_OR_PROVINCE Саратовская область"},
			[]string{
				"Михаил Рыбников WORKPLACE ФосАгро",
				"Владимир Путин WORKS_AS президент России",
			},
			nil},
		{"news-s24-metal24-ugmk.txt", "2026-03-06",
			[]string{"ORGANIZATION Уральская горно-металлургическая компания", "ORGANIZATION Учалинский горно-обогатительный комбинат"},
			[]string{
				"Андрей Козицын WORKPLACE Уральская горно-металлургическая компания",
				"Среднеуральский медеплавильный завод HEADQUARTERED_IN Ревда",
			},
			[]string{
				"Учалинский ГОК MEMBER_OF Уральская горно-металлургическая компания",                          // «Учалинский ГОК» was a PERSON of its own; now one ORGANIZATION with the full name
				"Учалинский горно-обогатительный комбинат OWNER_OF Уральская горно-металлургическая компания", // partOfVerbBetween: «входит в состав УГМК»
			}},
		{"news-s24-metal24-evraz.txt", "2025-06-25",
			[]string{"ORGANIZATION Евраз", "ORGANIZATION Западно-Сибирский металлургический комбинат", "ORGANIZATION Нижнетагильский металлургический комбинат"},
			[]string{
				"Евраз OWNER_OF Нижнетагильский металлургический комбинат", // «Компания также владеет» (was the exchange's)
				"Денис Новожёнов WORKPLACE Евраз",
			},
			[]string{
				"Лондонская фондовая биржа OWNER_OF Нижнетагильский металлургический комбинат", // otherInstitution
				"Западно-Сибирский металлургический комбинат ABBREVIATION Евраз",               // pairedAcronym: «(ЕВРАЗ ЗСМК)»
			}},
		{"news-s24-metal24-sanctions.txt", "2024-04-14",
			[]string{"ORGANIZATION Русал", "ORGANIZATION Норникель", "ORGANIZATION Лондонская биржа металлов", "PERSON Алексей Калачёв"},
			[]string{
				"Мария Захарова WORKPLACE МИД России",
				"Алексей Калачёв WORKPLACE Финам",
				"STATEMENT(заявил) date=2024-04-14 agent=Дмитрий Песков", // boundAfter: «выпущенные после 13 апреля» (was undated)
			},
			nil},
		{"news-s24-metal24-coal.txt", "2025-09-02",
			[]string{"ORGANIZATION Эльгауголь", "FACILITY Эльгинское месторождение", "PERSON Сергей Цивилев"},
			[]string{
				"Эльгинское месторождение LOCATED_IN Якутия",
				"Альберт Авдолян OWNER_OF Эльгауголь", // «владелец компании Альберт Авдолян» (was none)
				"VISIT(визита) date=2025-08-27 agent=Сергей Цивилев place=Якутия time=в среду",
			},
			nil},
		{"news-s24-metal24-appoint.txt", "2026-01-30",
			[]string{"ORGANIZATION Трубная металлургическая компания", "ORGANIZATION Синарский трубный завод"},
			[]string{
				"APPOINTMENT(назначен) date=2026-01-28 participant=Алексей Беспрозванных", // happenedOn: «Решение было принято … в среду» (was undated)
				"Алексей Беспрозванных WORKPLACE Трубная металлургическая компания",
				"Синарский трубный завод HEADQUARTERED_IN Каменск-Уральский",
				"Дмитрий Пумпянский OWNER_OF Трубная металлургическая компания", // «основной владелец компании Дмитрий Пумпянский» (was none)
			},
			nil},
	})
}
