package pipeline

import "testing"

// TestNewsS22energy22 runs the pipeline over the energy news of the
// twenty-second session's helper energy22 (testdata/news-s22-energy22-*.txt:
// oil, gas, power and nuclear; made up in the style of Russian wire
// reports) and pins what its rules fixed, with guards for what was right.
func TestNewsS22energy22(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s22-energy22-npp.txt", "2025-12-12",
			[]string{
				"CITY Курчатов",                           // was ORGANIZATION «КУРЧАТОВ»: a dateline with its region in brackets
				"FACILITY Курская АЭС-2",                  // was STATE_OR_PROVINCE (powerPlants)
				"FACILITY Курская атомная электростанция", // was LOCATION «Курская» and PRODUCT «АЭС-2»
				"ORGANIZATION Росатом",                    // was «Росатома» (likelierStem)
				"STATE_OR_PROVINCE Курская область",       // guard
			},
			[]string{
				"Курская атомная электростанция PART_OF Росэнергоатом",   // was none: «…, которая входит в концерн» (unitSubject)
				"Алексей Лихачев WORKPLACE Росатом",                      // was «Росатома»
				"Александр Хинштейн WORKS_AS губернатор Курской области", // guard
			},
			nil},
		{"news-s22-energy22-stake.txt", "2026-04-18",
			[]string{"ORGANIZATION Газпром нефть", "ORGANIZATION Газпром", "ORGANIZATION Меретояханефтегаз"},
			[]string{
				// was agent=Газпром object=Меретояханефтегаз object=Shell
				// (quotedTails: «„Газпром нефть“ приобрела»; boughtFrom:
				// «у нидерландской Shell»)
				"ACQUISITION(приобрела) date=2026-04-18 agent=Газпром нефть object=Меретояханефтегаз participant=Shell",
				"Газпром нефть OWNER_OF Меретояханефтегаз", // was «Газпром OWNER_OF …»
				"Газпром нефть PART_OF Газпром",            // was none: «входит в группу „Газпром“»
				"Александр Дюков WORKPLACE Газпром нефть",  // guard
			},
			[]string{"Газпром OWNER_OF Меретояханефтегаз"}},
		{"news-s22-energy22-power.txt", "2025-11-14",
			[]string{"FACILITY Якутская ГРЭС-2", "ORGANIZATION РусГидро", "ORGANIZATION Сахаэнерго"}, // was STATE_OR_PROVINCE, and PRODUCT «ГРЭС-2»
			[]string{
				"Виктор Хмарин WORKPLACE РусГидро", // guard
				"РусГидро OWNER_OF Сахаэнерго",     // guard: «дочерней компанией „РусГидро“»
				"Айсен Николаев WORKS_AS глава Якутии",
			},
			nil},
		{"news-s22-energy22-contract.txt", "2026-02-17",
			[]string{"FACILITY Белорусская атомная электростанция", "ORGANIZATION Белнефтехим", "ORGANIZATION Мозырский НПЗ"}, // the station was none
			[]string{
				// guard; «заключили контракт … Контракт подписали …»: one
				// signing told by «заключили контракт» since ev22b (was
				// «подписали» with the two signers alone), not dated by the
				// deliveries' «в 2026 году»
				"SIGNING(заключили контракт) date=2026-02-17 agent=Белнефтехим agent=Роснефть agent=Андрей Рыбаков agent=Дидье Касимиро",
				"Дидье Касимиро WORKPLACE Роснефть",    // guard
				"Андрей Рыбаков WORKPLACE Белнефтехим", // guard
			},
			nil},
		{"news-s22-energy22-lng.txt", "2025-08-08",
			[]string{"ORGANIZATION Новатэк", "ORGANIZATION TotalEnergies", "PERSON Леонид Михельсон"},
			[]string{
				"TotalEnergies OWNER_OF Новатэк", // was none: «Доля французской TotalEnergies в „Новатэке“» (stake)
				"Леонид Михельсон WORKS_AS председатель правления «Новатэка»", // guard
				"Геннадий Тимченко OWNER_OF Новатэк",                          // guard: «акционерами … являются»
			},
			nil},
		{"news-s22-energy22-opec.txt", "2026-03-03",
			[]string{"PERSON Абдель Азиз бен Салман", "PERSON Александр Новак", "ORGANIZATION ОПЕК+"}, // was «Абдель Азиз Бен Салман»; «ОПЕК» before ner22b's plusName
			[]string{
				"Абдель Азиз бен Салман WORKS_AS министр энергетики Саудовской Аравии",
				"MEETING(встрече) date=2026-03-03 participant=ОПЕК+ place=Вена", // guard (no participant before ner22b's plusName)
				"Александр Новак WORKS_AS вице-премьер России",                  // guard
			},
			nil},
		{"news-s22-energy22-refinery.txt", "2025-09-25",
			[]string{"ORGANIZATION Антипинский нефтеперерабатывающий завод", "PERSON Александр Моор", "ORGANIZATION Сафмар"},
			[]string{
				"Дмитрий Мазуров WORKPLACE Антипинский нефтеперерабатывающий завод", // guard
				"Александр Моор WORKS_AS губернатор Тюменской области",              // guard
			},
			nil},
		{"news-s22-energy22-pipeline.txt", "2025-09-02",
			[]string{"FACILITY Сила Сибири 2", "FACILITY Сила Сибири", "ORGANIZATION CNPC", "PERSON Алексей Миллер"},
			[]string{"SIGNING(подписали) date=2025-09-02 agent=Газпром agent=CNPC"}, // guard
			nil},
		{"news-s22-energy22-sanctions.txt", "2025-10-22",
			[]string{"ORGANIZATION Министерство финансов США", "ORGANIZATION Лукойл", "PERSON Скотт Бессент"},
			[]string{"Дмитрий Песков WORKS_AS пресс-секретарь президента России"}, // guard
			nil},
		{"news-s22-energy22-board.txt", "2026-06-30",
			[]string{"ORGANIZATION Транснефть", "ORGANIZATION Транснефть — Порт Приморск", "PERSON Николай Токарев"},
			[]string{
				"Совет директоров «Транснефти» PART_OF Транснефть",  // guard
				"Сергей Цивилев WORKS_AS министр энергетики России", // guard
			},
			nil},
	})
}
