package pipeline

import "testing"

// TestNewsS24names24 checks canonical names and merging fixed by helper
// names24 of the twenty-fourth session (docs/names.md): a ministry's short
// name in «-й» with its full name, «Мосбиржи» with «Московская биржа», a
// bank named «Банк „X“» and «X Банк», a name after an indeclinable post,
// a woman's name before a feminine verb, a station named after a general.
func TestNewsS24names24(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s24-names24-housing.txt", "2026-03-14",
			[]string{
				"ORGANIZATION Министерство строительства и жилищно-коммунального хозяйства России", // with «Минстроя», «Минстрое»; they were an entity Минстрой
				"PERSON Никита Стасишин",                // after «замглавы Минстроя»; was «Никиты Стасишина»
				"ORGANIZATION Фонд развития территорий", // (guard) with «ФРТ» before it
			},
			[]string{
				"Никита Стасишин WORKPLACE Министерство строительства и жилищно-коммунального хозяйства России", // was «… WORKPLACE Минстрой»
				"Ирек Файзуллин WORKPLACE Фонд развития территорий",                                             // (guard)
			},
			[]string{"Никита Стасишин WORKPLACE Минстрой"}},
		{"news-s24-names24-bank.txt", "2026-04-03",
			[]string{
				"ORGANIZATION Банк «Ак Барс»",   // with «Ак Барс Банк»; they were two entities
				"ORGANIZATION Московская биржа", // with «Мосбиржи», an entity of its own
				"PERSON Марина Левченко",        // (guard)
			},
			nil, nil},
		{"news-s24-names24-general.txt", "2026-05-22",
			[]string{
				"PERSON Марина Левченко", // «Адвокат обвиняемого Марина Левченко заявила»; was «Марин Левченко»
				"PERSON Павел Попов",     // (guard)
				"PERSON Иван Курочкин",   // (guard) «помощника генерала Ивана Курочкина»
			},
			[]string{"Марина Левченко WORKS_AS адвокат"},
			nil},
		{"news-s23-build23-fund.txt", "2026-03-17",
			[]string{"ORGANIZATION Фонд развития территорий"},               // with «ФРТ»; the text's first sentence had no mention of the fund
			[]string{"Ирина Файзуллина WORKPLACE Фонд развития территорий"}, // was «… WORKPLACE ФРТ»
			nil},
		{"news-s24-names24-metro.txt", "2026-06-11",
			[]string{
				"FACILITY Генерала Тюленева", // the station's name as written; was «Генерал Тюленева»
				"FACILITY Новые Черемушки",   // (guard)
			},
			nil, nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s24-names24-housing.txt", []string{"ORGANIZATION Минстрой", "PERSON Никиты Стасишина"}},
		{"news-s24-names24-bank.txt", []string{"ORGANIZATION Мосбиржи", "ORGANIZATION Ак Барс Банк"}},
		{"news-s24-names24-general.txt", []string{"PERSON Марин Левченко"}},
		{"news-s24-names24-metro.txt", []string{"FACILITY Генерал Тюленева"}},
		{"news-s23-finance23-merger.txt", []string{"ORGANIZATION Ак Барс"}},       // «Банк „Ак Барс“», «„Ак Барса“» and «„Ак Барс Банк“» one entity
		{"news-s23-build23-minstroy.txt", []string{"ORGANIZATION Минстрой"}},      // with the ministry's full name
		{"news-s23-courts23-verdict.txt", []string{"PERSON Марин Левченко"}},      // a woman's name
		{"news-s22-transport22-metro.txt", []string{"FACILITY Генерал Тюленева"}}, // a station's name
	})
}
