package pipeline

import "testing"

// TestNewsS17Nerfp17 checks the entities of the seventeenth session's
// news texts of helper nerfp17 (testdata/news-s17-nerfp17-*.txt): NER
// false positives. Lines marked (guard) held before the rule they pin.
func TestNewsS17Nerfp17(t *testing.T) {
	checkNews(t, []newsCase{
		{"news-s17-nerfp17-orchestra.txt", "2026-03-14",
			[]string{
				"ORGANIZATION Симфонический оркестр Метрополитен-оперы", // (guard)
				"PERSON Дмитрий Маслеев",                                // (guard) «Маслеев неделю провёл»
				"CITY Мюнхен",                                           // (guard)
			},
			nil, nil},
	})
	checkAbsent(t, []absentCase{
		{"news-s17-nerfp17-orchestra.txt", []string{
			"CITY Симфонический", // a capitalized adjective of no place before «оркестром»
		}},
	})
}
