package pipeline

import "testing"

// TestNewsS15Nerel15a checks the news texts written in the fifteenth
// session by the helper nerel15a (testdata/news-s15-nerel15a-*.txt): names
// of forums and festivals, events with an adjective of their kind and
// events named after a people. Lines marked (guard) held before.
func TestNewsS15Nerel15a(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s15-nerel15a-forum.txt", "2025-06-18",
			[]string{
				"EVENT Петербургский международный экономический форум", // «на Петербургском международном экономическом форуме»: no EVENT
				"EVENT Восточный экономический форум",                   // «на Восточном экономическом форуме»: no EVENT
				"EVENT Российско-китайский бизнес-форум",                // «Российско-китайского бизнес-форума»: was an ORGANIZATION
				"CITY Санкт-Петербург",                                  // (guard) the place adjective, nested
			},
			[]string{
				"Владимир Путин PARTICIPANT_IN Петербургский международный экономический форум",
				"Восточный экономический форум TAKES_PLACE_IN Владивосток",
			},
			nil},
		{"news-s15-nerel15a-festival.txt", "2026-07-23",
			[]string{
				"EVENT Всероссийский Шукшинский кинофестиваль", // (guard) the headline's EVENT ran over «открылся»: TestNewsS15Nerel15aAbsent
				"EVENT Одесский международный кинофестиваль",   // (guard)
				"EVENT Московский международный кинофестиваль", // (guard)
			},
			nil, nil},
		{"news-s15-nerel15a-riots.txt", "2026-04-29",
			[]string{
				"EVENT массовые беспорядки", // (guard) by «о массовых беспорядках»; the headline's was «беспорядков» alone
				"EVENT заказное убийство",   // «заказным убийством»: was «убийством» alone
			},
			[]string{"массовые беспорядки TAKES_PLACE_IN Гавара"}, // (guard)
			nil},
		{"news-s15-nerel15a-genocide.txt", "2026-04-24",
			[]string{
				"EVENT Геноцид армян", // (guard) «Геноцида армян»; «о Геноциде армян» was a CRIME: TestNewsS15Nerel15aAbsent
				"NATIONALITY армяне",  // (guard) nested
			},
			nil, nil},
	})
}

// TestNewsS15Nerel15aAbsent lists what must not stand as an entity of its
// own in the helper nerel15a's fifteenth-session texts.
func TestNewsS15Nerel15aAbsent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s15-nerel15a-festival.txt", []string{"EVENT открылся Всероссийский Шукшинский кинофестиваль"}},
		{"news-s15-nerel15a-genocide.txt", []string{"CRIME Геноцид"}}, // «говоря о Геноциде армян», now the EVENT
		{"news-s15-nerel15a-riots.txt", []string{"EVENT убийство"}},   // «заказным убийством», now the longer EVENT
	})
}
