package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// objectBeforeVerb reports whether the place or organization h is the
// fronted object of the verb that is the event t, standing right before
// it: «Россию посетил президент Египта» — the country is visited, the
// president acts (AGENT). Its first noun must read, by the
// dictionary, in the accusative and never in the nominative («Россию»,
// not «Россия» nor «Москва»), no preposition before it, and t must open
// with a finite verb.
func objectBeforeVerb(text []rune, h, t doc.Mention) bool {
	if !isAny(h.Type, "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "ORGANIZATION") || t.Type != "EVENT" || h.End > t.Start {
		return false
	}
	if strings.TrimSpace(string(text[h.End:t.Start])) != "" {
		return false
	}
	if ps := readings(strings.Fields(t.Text)[0]); len(ps) == 0 || ps[0].Tag.POS() != morph.VERB {
		return false
	}
	if ps := readings(wordBefore(text, h.Start)); len(ps) > 0 && ps[0].Tag.POS() == morph.PREP {
		return false
	}
	ps := firstNoun(h.Text)
	accusative := false
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || p.Tag.Case() == morph.Nomn {
			return false
		}
		accusative = accusative || p.Tag.Case() == morph.Accs
	}
	return accusative
}
