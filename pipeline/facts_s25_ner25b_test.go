package pipeline

import "testing"

// TestNewsS25ner25b pins helper ner25b's entity extents and types on
// made-up wire reports (docs/ner.md, «Twenty-fifth session (helper
// ner25b)»): an institution's full name opening a sentence with its
// acronym held only by a post, a verb's EVENT cut inside a forum's name, a
// forum's name opened by an ordinal, a fund's name cut after its action
// noun.
func TestNewsS25ner25b(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s25-ner25b-asi.txt", "2026-04-14",
			[]string{
				"ORGANIZATION Агентство стратегических инициатив",       // was missing, and «АСИ» with it (bareAcronymOpenings)
				"PERSON Светлана Чупшева",                               // guard
				"EVENT Петербургский международный экономический форум", // guard
			},
			[]string{
				"Светлана Чупшева WORKPLACE Агентство стратегических инициатив", // was missing
				"Светлана Чупшева WORKS_AS генеральный директор АСИ",            // guard
			},
			nil},
		{"news-s25-ner25b-forum.txt", "2026-06-18",
			[]string{
				"EVENT открыл", // was «открыл Петербургский международный», across the forum's name (adjectiveCutEvents)
				"EVENT Петербургский международный экономический форум", // guard
				"EVENT 12-й Международный экономический форум",          // was an ORGANIZATION «12-го Международного экономического форума» (eventName)
			},
			[]string{
				"Петербургский международный экономический форум TAKES_PLACE_IN Санкт-Петербург", // guard
				"12-й Международный экономический форум TAKES_PLACE_IN Казань",                   // was «… HEADQUARTERED_IN Казань»
				"OPENING(открыл) date=2026-06-18 agent=Владимир Путин",                           // the trigger was «открыл Петербургский международный»
			},
			[]string{
				"Владимир Путин AGENT открыл Петербургский международный", // was there
			}},
		{"news-s25-ner25b-fund.txt", "2026-03-03",
			[]string{
				"ORGANIZATION Фонд развития территорий", // guard
				"PERSON Ирина Файзуллина",               // guard
			},
			[]string{
				"Ирина Файзуллина WORKPLACE Фонд развития территорий", // guard
			},
			nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s25-ner25b-fund.txt", []string{"ORGANIZATION Фонд развития"}}, // was nested in «Фонд развития территорий» (actionNounHeads)
	})
}
