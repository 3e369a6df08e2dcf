package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// earlierWords mark a sentence that tells what happened before the story's
// day: «Ранее он был назначен …», «До этого назначен …».
var earlierWords = map[string]bool{"ранее": true, "прежде": true, "до": true, "тогда": true, "впервые": true, "позднее": true}

// staffChain dates a staffing change the body tells after the lead's: an
// APPOINTMENT or DISMISSAL of a short past passive («назначен»,
// «освобожден») with no date, in a sentence that names no time, after an
// APPOINTMENT or DISMISSAL dated by the report's dateline, took effect by
// the same decree on the same day: «МОСКВА, 3 февраля. /ТАСС/. Путин
// назначил Руденю полпредом … Руденя с 2016 года возглавлял Тверскую
// область. Временно исполняющим обязанности губернатора назначен Виталий
// Королев» → 3 February (was undated: the sentence before names 2016, a
// time the story looks back to). bySent gives each sentence's mentions of
// ms; outSent each event's sentence.
func staffChain(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, outSent []int, dateline string) {
	if dateline == "" {
		return
	}
	staffing := func(t string) bool { return t == Appointment || t == Dismissal }
	lead := -1 // the first staffing change the dateline dates
	for i := range out {
		if staffing(out[i].Type) && out[i].Date == dateline {
			lead = i
			break
		}
	}
	if lead < 0 {
		return
	}
	for i := lead + 1; i < len(out); i++ {
		si := outSent[i]
		if out[i].Date != "" || !staffing(out[i].Type) || si <= outSent[lead] {
			continue
		}
		toks := d.Sentences[si].Tokens
		if !pastPassive(toks, out[i].Trigger.Span) || namesTime(ms, bySent[si]) || len(toks) == 0 || earlierWords[strings.ToLower(toks[0].Text)] {
			continue
		}
		out[i].Date = dateline
	}
}

// namesTime reports whether one of the mentions inSent of ms is a DATE or
// a TIME.
func namesTime(ms []mention, inSent []int) bool {
	for _, mi := range inSent {
		if ms[mi].Type == "DATE" || ms[mi].Type == "TIME" {
			return true
		}
	}
	return false
}
