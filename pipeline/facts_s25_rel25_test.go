package pipeline

import "testing"

// TestNewsS25rel25 pins the relations helper rel25 of the twenty-fifth
// session fixed on made-up news texts, with guards.
func TestNewsS25rel25(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-rel25-trade.txt", "2025-12-05",
			[]string{"ORGANIZATION Победа", "ORGANIZATION Магнит", "ORGANIZATION Самолет"},
			[]string{
				"Андрей Калмыков WORKPLACE Победа",   // «генеральный директор перевозчика» after «Авиакомпания „Победа“» (was none)
				"Алексей Махнев WORKPLACE Магнит",    // «финансового директора ритейлера» after «Ритейлер „Магнит“» (was none)
				"Антон Елистратов WORKPLACE Самолет", // «генеральный директор застройщика» after «Застройщик ГК „Самолет“» (was none)
				"Андрей Калмыков WORKS_AS генеральный директор перевозчика",
			},
			[]string{"Алексей Махнев WORKPLACE Победа", "Антон Елистратов WORKPLACE Магнит"}}, // guards: the nearest company of the trade
		{"news-s25-rel25-founder.txt", "2025-12-05",
			nil,
			[]string{
				"Blue Origin FOUNDED_BY Джефф Безос", // «основанная Джеффом Безосом» (the model's; a guard)
				"Virgin Galactic FOUNDED_BY Ричард Брэнсон",
				"Relativity Space FOUNDED_BY Тим Эллис",
			},
			[]string{"Virgin Galactic FOUNDED_BY Джефф Безос"}},
		{"news-s25-rel25-branch.txt", "2025-12-05",
			nil,
			[]string{
				"Воронежский механический завод PART_OF Центр Хруничева", // «является филиалом АО „Центр Хруничева“» (was none)
				"Центр Хруничева PART_OF Роскосмос",                      // «входит в структуру» (a guard)
				"Русала OWNER_OF Русал Красноярск",                       // «является дочерней компанией»: NEREL's OWNER_OF (a guard)
			},
			nil},
		{"news-s25-rel25-owner.txt", "2025-12-05",
			nil,
			[]string{
				"Олег Тиньков OWNER_OF Тинькофф", // «которому принадлежал банк „Тинькофф“»
				"Роман Абрамович OWNER_OF Челси", // «Владелец футбольного клуба „Челси“»
				"Дмитрий Мазепин OWNER_OF Уралкалий",
			},
			[]string{"Олег Тиньков OWNER_OF ТАСС"}}, // the source after «, сообщает» (was there)
		{"news-s25-rel25-iss.txt", "2025-12-05",
			nil,
			[]string{
				"Владимир Соловьев WORKS_AS руководитель полета российского сегмента МКС",
				"Алексей Петров WORKPLACE Центр управления полетами",
			},
			nil},
		{"news-s24-space24-spacex.txt", "2026-02-06",
			nil,
			[]string{"SpaceX FOUNDED_BY Илон Маск"}, // «Основатель SpaceX Илон Маск»: «Илон» read only as a plural (was none)
			nil},
		{"news-s24-space24-superjet.txt", "2025-09-09",
			nil,
			[]string{"Сергей Александровский WORKPLACE Аэрофлот"}, // «генеральный директор перевозчика» (was none)
			nil},
		{"news-s24-space24-ms21.txt", "2025-04-18",
			nil,
			[]string{"Иркутский авиационный завод PART_OF Яковлев"}, // «Иркутский авиазавод является филиалом ПАО „Яковлев“» (was none)
			nil},
		{"news-s24-space24-spacewalk.txt", "2023-10-25",
			nil,
			[]string{
				"Владимир Соловьев WORKS_AS генеральный конструктор", // «, являющийся генеральным конструктором РКК „Энергия“» (was none)
				"Владимир Соловьев WORKPLACE Энергия",                // (was none)
			},
			nil},
		{"news-s24-space24-vostochny.txt", "2025-11-25",
			nil,
			nil,
			[]string{"Дмитрий Баканов PRODUCES Бриз-М"}}, // «Как сообщил глава Роскосмоса Дмитрий Баканов, разгонный блок „Бриз-М“ …» (was there)
	})
}
