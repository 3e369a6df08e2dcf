package pipeline

import "testing"

// TestNewsS25rel25b pins the relations helper rel25b of the twenty-fifth
// session fixed on made-up news texts (and on house25's), with guards.
func TestNewsS25rel25b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-rel25b-steel.txt", "2026-04-14",
			[]string{"ORGANIZATION Уральская сталь", "ORGANIZATION Златсталь", "ORGANIZATION Промресурс"},
			[]string{
				"Павел Смирнов WORKPLACE Уральская сталь",                 // «Холдинг „Уральская сталь“ …, сообщил генеральный директор компании» (was none)
				"генеральный директор компании WORKPLACE Уральская сталь", // (was none)
				"Уральская сталь OWNER_OF Златсталь",                      // «Завод „Златсталь“, принадлежащий холдингу» (was none)
				"Северные инвестиции OWNER_OF Промресурс",                 // «компания „Промресурс“, подконтрольная АО „Северные инвестиции“» (was none)
				"Промресурс OWNER_OF Сталь-Трейд",                         // «„Промресурс“ контролирует компанию „Сталь-Трейд“» (was none)
				"Промресурс OWNER_OF Уральская сталь",                     // «Основным акционером холдинга является …» (a guard)
				"Павел Смирнов WORKS_AS генеральный директор компании",
			},
			[]string{"Северные инвестиции OWNER_OF Уральская сталь", "Уральская сталь OWNER_OF Промресурс"}},
		{"news-s25-rel25b-region.txt", "2026-10-09",
			[]string{"STATE_OR_PROVINCE Омская область", "PERSON Андрей Белов"},
			[]string{
				"Олег Кравцов WORKPLACE Омская область",          // «министр строительства региона» after «Власти Омской области» (was none)
				"министр строительства WORKPLACE Омская область", // (was none)
				"Олег Кравцов WORKS_AS министр строительства",
				"прокуратура Омской области HEADQUARTERED_IN Омская область",
			},
			// «Как сообщила пресс-служба прокуратуры Омской области, … Андрей
			// Белов похитил»: the source's body is not his (both were there)
			[]string{"Андрей Белов WORKPLACE прокуратура Омской области", "Андрей Белов WORKPLACE Омская область"}},
		{"news-s25-house25-lsr.txt", "2026-08-21",
			nil,
			[]string{
				"Андрей Молчанов WORKPLACE ЛСР", // «Группа ЛСР приобрела …, сообщил генеральный директор компании» (was none)
				"Система OWNER_OF Эталон",       // «группа „Эталон“, подконтрольная АФК „Система“» (was none)
				"Геннадий Щербина WORKPLACE Эталон",
			},
			[]string{"Андрей Молчанов WORKPLACE Циан"}},
		{"news-s25-house25-avariynoe.txt", "2026-06-05",
			nil,
			[]string{"Игорь Шевчук WORKPLACE Пермский край"}, // «министр строительства региона» after «Власти Пермского края» (was none)
			[]string{"Игорь Шевчук WORKPLACE Сатурн-Р"}},
		{"news-s25-house25-dolshiki.txt", "2026-04-17",
			nil,
			[]string{"Дмитрий Ковалев WORKPLACE ЮгСтройИнвест-Кубань"},
			// «Как сообщила пресс-служба прокуратуры Краснодарского края,
			// … Ковалев привлек»: both were there
			[]string{"Дмитрий Ковалев WORKPLACE прокуратура Краснодарского края", "Дмитрий Ковалев WORKPLACE Краснодарский край"}},
		{"news-s24-space24-spacewalk.txt", "2023-10-25",
			nil,
			[]string{"Олег Кононенко WORKS_AS космонавты", "Владимир Соловьев WORKPLACE Энергия"},
			// «Космонавты установили на внешней поверхности модуля „Наука“
			// научную аппаратуру»: a post of no maker makes no work (was there)
			[]string{"космонавты PRODUCES Наука"}},
	})
}
