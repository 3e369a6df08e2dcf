package pipeline

import "testing"

// TestNewsS23tech23 pins the twenty-third session's news of IT and telecom
// (helper tech23; docs/ner.md, «Twenty-third session (helper tech23)»):
// operators, data centres, software makers, cyberattacks, Минцифры and
// Роскомнадзор, chips and satellite internet. The comments say what each
// line was before the session's rules; the others are guards.
func TestNewsS23tech23(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s23-tech23-rkn.txt", "2026-12-13",
			[]string{"ORGANIZATION Роскомнадзор", "PRODUCT Viber", "ORGANIZATION Rakuten Viber", "PERSON Александр Хинштейн"}, // guards
			[]string{"Александр Хинштейн WORKS_AS глава комитета Госдумы по информационной политике"},                         // guard
			nil},
		{"news-s23-tech23-kaspersky.txt", "2026-12-09",
			[]string{
				"ORGANIZATION Лаборатория Касперского", // was «Специалисты «Лаборатории Касперского»» (names: a capital after the dateline's dash)
				"PERSON Евгений Касперский",            // guard
			},
			[]string{"Евгений Касперский WORKPLACE Лаборатория Касперского"}, // guard (the organization's name was the wrong one)
			nil},
		{"news-s23-tech23-ptsecurity.txt", "2026-12-04",
			[]string{
				"DATE В ноябре = 2026-11",            // was «В ноябре Positive», no value (codeDateTails)
				"ORGANIZATION Positive Technologies", // guard
				"PERSON Денис Баранов",               // guard
			},
			[]string{"Денис Баранов WORKPLACE Positive Technologies"}, // guard
			nil},
		{"news-s23-tech23-mincifry.txt", "2026-12-02",
			[]string{"PERSON Максут Шадаев", "ORGANIZATION МегаФон", "ORGANIZATION Tele2"},                        // guards
			[]string{"Максут Шадаев WORKPLACE Министерство цифрового развития, связи и массовых коммуникаций РФ"}, // guard
			nil},
		{"news-s23-tech23-datacenter.txt", "2026-12-11",
			[]string{"ORGANIZATION Ростелеком", "ORGANIZATION РТК-ЦОД"}, // guards
			[]string{
				"Михаил Осеевский WORKPLACE Ростелеком", // was missing (openingOrg)
				"Иван Тихонов WORKPLACE РТК-ЦОД",        // guard
			},
			[]string{"Ростелеком ABBREVIATION РТК-ЦОД"}}, // was there: the subsidiary named after its owner (ownerOfSubsidiary)
		{"news-s23-tech23-yandex.txt", "2026-12-10",
			[]string{
				"PRODUCT Алиса",          // was an ORGANIZATION (productNoun: «голосовом помощнике „Алиса“»)
				"PRODUCT YandexGPT",      // guard
				"PRODUCT Яндекс Браузер", // guard
				"ORGANIZATION Gartner",   // guard
			},
			[]string{"Яндекс PRODUCES YandexGPT", "Артём Савиновский WORKPLACE Яндекс"}, // guards
			nil},
		{"news-s23-tech23-chips.txt", "2026-12-03",
			[]string{
				"PRODUCT Мир",       // was a FACILITY (productNoun: «банковских картах „Мир“»)
				"PRODUCT Тройка",    // was a WORK_OF_ART (productNoun)
				"ORGANIZATION TSMC", // guard
				"ORGANIZATION Байкал Электроникс", // guard
			},
			[]string{"VISIT(посетил завод) date=2026-12-02 agent=Антон Алиханов time=в среду"}, // guard
			nil},
		{"news-s23-tech23-satellite.txt", "2026-12-08",
			[]string{"PERSON Илон Маск", "PERSON Дмитрий Баканов", "ORGANIZATION SpaceX"}, // guards
			[]string{"Илон Маск WORKPLACE SpaceX"},                                        // guard
			nil},
		{"news-s23-tech23-vk.txt", "2026-12-05",
			[]string{"ORGANIZATION VK", "PERSON Мария Кравцова", "PERSON Степан Ковальчук"}, // guards
			[]string{
				"Степан Ковальчук WORKPLACE Газпром-Медиа", // guard
				"Владимир Кириенко WORKPLACE VK",           // guard
			},
			[]string{"Мария Кравцова WORKPLACE Газпром-Медиа"}}, // was there: the clause «, который перешёл …» tells of Ковальчук (othersClause)
		{"news-s23-tech23-cyberattack.txt", "2026-12-01",
			[]string{
				"EVENT DDoS-атака", // was a PERSON (latinCompounds)
				"PERSON Радий Хабиров",
			},
			[]string{"ATTACK(атаковали) date=2026-11-29 object=Ростелеком place=Уфа"}, // guard
			nil},
	})
}
