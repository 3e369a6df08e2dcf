package refine

import (
	"slices"
	"strconv"

	"github.com/factgraph/factgraph/doc"
)

// maxListedDays bounds the days listed before the last one of a shared
// month («3, 4 и 5 июля»).
const maxListedDays = 4

// sharedMonthDays runs a DATE that opens with a day of the month («4
// июля») back over the days listed before it with «и» or commas and
// sharing its month: «3 и 4 июля», «12 и 13 января 2013 года», «3, 4 и 5
// июля». NEREL keeps such a date one DATE (train «12 и 13 января 2013
// года», 1 of 1); the recognizer leaves the first day out, or reads it as
// an ORDINAL, a NUMBER or a DATE of its own, which is dropped. Only days written in digits
// (1–31), joined by «и» right before the date and by commas before that.
func (r *Refiner) sharedMonthDays(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(monthsGenitive) || !r.mayHaveWord(nil, "и") {
		return ms
	}
	var out []doc.Mention
	var drop []doc.Span
	for k, m := range ms {
		if m.Type != "DATE" {
			continue
		}
		toks, first, _ := tokensOf(sents, m)
		if first < 2 || first+1 >= len(toks) || !dayOfMonth(toks[first].Text) || !monthsGenitive[fold(toks[first+1].Text)] ||
			toks[first-1].Text != "и" || !dayOfMonth(toks[first-2].Text) {
			continue
		}
		from := first - 2
		for n := 0; n < maxListedDays && from >= 2 && toks[from-1].Text == "," && dayOfMonth(toks[from-2].Text); n++ {
			from -= 2
		}
		for j := from; j < first; j += 2 {
			drop = append(drop, doc.Span{Start: toks[j].Start, End: toks[j].End})
		}
		out = own(out, ms)
		out[k].Start = toks[from].Start
		out[k].Text = string(text[out[k].Start:m.End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(slices.DeleteFunc(out, func(m doc.Mention) bool {
		return (m.Type == "ORDINAL" || m.Type == "NUMBER" || m.Type == "DATE") && slices.Contains(drop, m.Span)
	}))
}

// dayOfMonth reports whether w is a day of a month in digits (1–31).
func dayOfMonth(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31 && len(w) <= 2
}
