package event

import (
	"strings"
	"unicode/utf8"
)

// podWords are the parts of the day, in the instrumental and lower case,
// that open a TIME around a date: «утром 6 апреля», «днем в среду».
var podWords = map[string]bool{"утром": true, "днем": true, "днём": true, "вечером": true, "ночью": true}

// partOfDayDates maps each TIME entity one of whose mentions opens with a
// part of the day (podWords) and holds a DATE mention to that DATE's
// entity: «Днем 26 февраля» → «26 февраля». An event dated by such a time
// takes the date as its time argument, as NEREL relates it (train: the
// date 17 times, the time 10 times around a part of the day).
func partOfDayDates(ms []mention) map[string]string {
	var out map[string]string
	for _, t := range ms {
		if t.Type != "TIME" {
			continue
		}
		first, _, _ := strings.Cut(t.Text, " ")
		if utf8.RuneCountInString(first) > len("вечером") || !podWords[strings.ToLower(first)] {
			continue
		}
		best := -1
		for i, m := range ms {
			if m.Type == "DATE" && m.Start > t.Start && m.End <= t.End && (best < 0 || m.End-m.Start > ms[best].End-ms[best].Start) {
				best = i
			}
		}
		if best >= 0 {
			if out == nil {
				out = map[string]string{}
			}
			out[t.entity] = ms[best].entity
		}
	}
	return out
}
