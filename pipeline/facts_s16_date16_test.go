package pipeline

import "testing"

// TestNewsS16Date16 checks the news texts written in the sixteenth session
// by the helper date16 (testdata/news-s16-date16-*.txt). Lines marked
// (guard) held before.
func TestNewsS16Date16(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s16-date16-law.txt", "2026-03-12",
			[]string{
				"ORDINAL 126", // «№ 126-ФЗ»: was «126-ФЗ»
				"ORDINAL 512", // «приказ № 512-ОД»: was «512-ОД»
				"DATE с 1 сентября 2026 года", // (guard)
			},
			nil, nil},
		{"news-s16-date16-surgery.txt", "2026-02-03",
			[]string{
				"TIME 14-часовую",      // was an ORDINAL
				"AGE 67-летнему",       // (guard)
				"MONEY 2,5 млн рублей", // (guard)
			},
			nil, nil},
		{"news-s16-date16-metro.txt", "2025-11-21",
			[]string{
				"TIME Ночью 20 ноября",  // (guard)
				"TIME около пяти часов", // (guard)
			},
			nil, nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s16-date16-law.txt", []string{"ORDINAL 126-ФЗ", "ORDINAL 512-ОД"}},
		{"news-s16-date16-surgery.txt", []string{"ORDINAL 14-часовую"}},
		{"news-s16-date16-metro.txt", []string{"ORDINAL М", "NUMBER М"}}, // «букву «М»»: was an ORDINAL
	})
}
