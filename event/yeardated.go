package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// headlineYearRefined gives the headline's event prev, dated by a year
// alone (most often the year of a name: «вручил награды на форуме
// „Армия-2024“»), the day or month the lead's event ev that tells it again
// dates within that year («Белоусов во вторник вручил …» → 2024-08-13):
// the finer date and its time argument replace the year. It reports whether
// it did. Only for the headline's event told again in the lead: a later
// event of the body joined to it keeps the date it has.
func headlineYearRefined(d *doc.Document, prev *doc.Event, ev doc.Event, t trigger) bool {
	if len(d.Sentences) == 0 || prev.Evidence != d.Sentences[0].Span || t.sent > leadSentences ||
		len(prev.Date) != len("2006") || len(ev.Date) <= len(prev.Date) || !strings.HasPrefix(ev.Date, prev.Date+"-") {
		return false
	}
	var times []doc.Argument
	for _, a := range ev.Arguments {
		if a.Role == RoleTime {
			times = append(times, a)
		}
	}
	if len(times) == 0 {
		return false // the day came from the story, not from the lead's own words
	}
	args := prev.Arguments[:0:0]
	for _, a := range prev.Arguments {
		if a.Role != RoleTime {
			args = append(args, a)
		}
	}
	prev.Arguments = append(args, times...)
	prev.Date = ev.Date
	return true
}
