package pipeline

import "testing"

// TestNewsS15Nerel15c checks the news texts written in the fifteenth
// session by the helper nerel15c (testdata/news-s15-nerel15c-*.txt): crimes,
// laws, penalties, times of day and monuments. Lines marked (guard) held
// before.
func TestNewsS15Nerel15c(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-nerel15c-court.txt", "2025-10-14",
			[]string{
				"CRIME соучастие в растрате",                  // «соучастии в растрате»: was «растрате» alone
				"CRIME мошенничество в особо крупном размере", // (guard)
				"PENALTY шесть лет колонии общего режима",     // (guard)
				"PENALTY штраф в размере 2 млн рублей",        // (guard)
				"LAW часть 4 статьи 159 УК РФ",                // (guard)
			},
			[]string{"Рустам Галеев CONVICTED_OF соучастие в растрате"}, // was «растрата»
			nil},
		{"news-s15-nerel15c-protest.txt", "2026-02-03",
			[]string{
				"LAW часть 8 статьи 20.2 КоАП РФ", // was «8 статьи 20.2 КоАП РФ»
				"LAW статья 20.2 КоАП РФ",         // the article inside
				"LAW КоАП РФ",                     // the code with its country: was «КоАП» alone
				"CRIME повторное нарушение установленного порядка проведения публичного мероприятия", // the article's name in parentheses
				"FACILITY памятник Александру Пушкину",                                               // (guard)
				"TIME вечером в субботу, 31 января",                                                  // (guard)
				"PENALTY штраф в 300 тысяч рублей",                                                   // (guard)
			},
			[]string{"КоАП РФ ORIGINS_FROM РФ"},
			nil},
		{"news-s15-nerel15c-murder.txt", "2025-11-21",
			[]string{
				"CRIME подготовка разбоя",           // «подготовку разбоя»: «разбоя» was no mention
				"CRIME покушение на убийство",       // (guard)
				"TIME ночью в четверг, 20 ноября",   // (guard)
				"PENALTY до 15 лет лишения свободы", // (guard)
			},
			nil, nil},
		{"news-s15-nerel15c-monument.txt", "2025-12-12",
			[]string{
				"FACILITY памятник изобретателю лазера Николаю Басову",   // the headline's: was none
				"FACILITY памятник нобелевскому лауреату Николаю Басову", // was none
				"TIME Утром в пятницу, 12 декабря",                       // (guard)
			},
			nil, nil},
	})
}

// TestNewsS15Nerel15cAbsent lists what must not stand as an entity of its
// own in the helper nerel15c's fifteenth-session texts.
func TestNewsS15Nerel15cAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s15-nerel15c-court.txt", []string{"CRIME растрата"}},              // part of «соучастие в растрате»
		{"news-s15-nerel15c-protest.txt", []string{"LAW 8 статьи 20.2 КоАП РФ"}}, // opens with «части»
	})
}
