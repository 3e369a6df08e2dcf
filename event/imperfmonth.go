package event

import (
	"regexp"

	"github.com/factgraph/factgraph/doc"
)

// monthValue matches a DATE value of one month of a year (2024-07).
var monthValue = regexp.MustCompile(`^\d{4}-\d\d$`)

// yearNumber matches the year a DATE mention names («в июле 2024 года»).
var yearNumber = regexp.MustCompile(`\d{4}`)

// monthNamed reports whether sentence si of d names a month of a named year
// (a DATE mention among ms whose value is one and whose text names the
// year, «в июле 2024 года»): an imperfective told at that time, «посещал
// Китай в июле 2024 года», tells one event, as a day does (dayNamed), not
// a habit («посещал школу»). A month alone («посещал Россию в июле,
// когда встречался с Путиным») is most often a visit told before that the
// story looks back to, no event of its own.
func monthNamed(d *doc.Document, ms []mention, si int) bool {
	values := map[string]string{}
	for _, e := range d.Entities {
		if e.Type == "DATE" {
			values[e.ID] = e.Value
		}
	}
	for _, m := range ms {
		if m.sent == si && m.Type == "DATE" && monthValue.MatchString(values[m.entity]) && yearNumber.MatchString(m.Text) {
			return true
		}
	}
	return false
}
