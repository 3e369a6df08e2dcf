package pipeline

import "testing"

// TestNewsS17Org17 checks the news texts written in the seventeenth
// session by the helper org17 (testdata/news-s17-org17-*.txt):
// organizations, seats of power and border posts. Lines marked (guard)
// held before.
func TestNewsS17Org17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-org17-london.txt", "2026-01-14",
			[]string{
				"ORGANIZATION Даунинг-стрит", // «В заявлении Даунинг-стрит»: the prime minister's office, was a FACILITY
				"FACILITY Даунинг-стрит",     // (guard) «перед резиденцией … на Даунинг-стрит, 10»: the street
			},
			[]string{"Акция протеста TAKES_PLACE_IN Даунинг-стрит"}, // (guard)
			nil},
		{"news-s17-org17-veterans.txt", "2026-02-02",
			[]string{
				"ORGANIZATION 13-й гвардейской стрелковой дивизии", // was the ORDINAL alone
				"ORGANIZATION 62-й армии", // (guard)
			},
			[]string{"Василий Чуйков WORKPLACE 62-й армии"}, // (guard)
			nil},
		{"news-s17-org17-border.txt", "2026-03-20",
			[]string{
				"ORGANIZATION Казинформ", // the agency after the dateline's dash: was a CITY
				"ORGANIZATION Белый дом", // «Белым домом было объявлено»: the power, was a FACILITY
				"FACILITY Хоргос",        // (guard) «на заставе „Хоргос“», «на посту „Хоргос“»
			},
			nil, nil},
	})
}

// TestNewsS17Org17Absent lists what must not stand as an entity of its
// own in org17's seventeenth-session texts.
func TestNewsS17Org17Absent(t *testing.T) {
	checkAbsent(t, []absentCase{
		{"news-s17-org17-border.txt", []string{"CITY Казинформ", "FACILITY Белый дом"}},
	})
}
