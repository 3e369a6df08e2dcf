package event

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// sameDaySpan reports whether every stretch of spanFromEvent in the
// sentence counts hours or minutes from an event of a type the story
// already told: «Полиция задержала стрелка через час после нападения»,
// after «Неизвестный открыл огонь по посетителям торгового центра», is in
// the story's own time, an hour after its attack, not in another event's
// (spanFromEvent keeps «вступил в эту должность за неделю до
// террористической атаки» out of the story's day).
func (x *Extractor) sameDaySpan(toks []doc.Token, out []doc.Event) bool {
	found := false
	for i := range toks {
		unit, k := x.spanStretch(toks, i)
		if k < 0 {
			continue
		}
		typ := nouns[x.eventLemma(toks[k].Text)].typ
		if !hourUnits[unit] || typ == Other || !slices.ContainsFunc(out, func(e doc.Event) bool { return e.Type == typ }) {
			return false
		}
		found = true
	}
	return found
}

// hourUnits are the units of spanUnits shorter than a day.
var hourUnits = map[string]bool{"час": true, "часа": true, "часов": true, "минут": true, "минуты": true}
