package event

import "strings"

// sameDayYear gives a day whose year is unknown («XXXX-05-16»: «в
// понедельник, 16 мая» in a text with no document date) the year of the
// same day and month the text names with its year elsewhere («на собрании
// в понедельник, 16 мая 2011 года»), when it names that day with one year
// only: the story speaks of that day again. (A day given the year of any
// other date of the story is often wrong: ev16's «Tried, not kept».)
func sameDayYear(ms []mention, dates map[string]string) {
	years := map[string]string{} // «05-16» → «2011», "-" when several
	for _, m := range ms {
		v := dates[m.entity]
		if m.Type != "DATE" || len(v) != len("2006-01-02") || strings.HasPrefix(v, "XXXX") {
			continue
		}
		if y, ok := years[v[5:]]; ok && y != v[:4] {
			years[v[5:]] = "-"
		} else {
			years[v[5:]] = v[:4]
		}
	}
	for _, m := range ms {
		v := dates[m.entity]
		if m.Type != "DATE" || len(v) != len("XXXX-01-02") || !strings.HasPrefix(v, "XXXX-") {
			continue
		}
		if y := years[v[5:]]; y != "" && y != "-" {
			dates[m.entity] = y + v[4:]
		}
	}
}
