package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// peoplesOrigin reports whether the place t, alone or in a list of places
// joined by «и» and commas, follows «из» right after a person or a post:
// «журналисты из Дании и Италии», «Иван Петров из Самары» — the place
// the people come from (ORIGINS_FROM), named for them.
func peoplesOrigin(text []rune, t doc.Mention, mentions []doc.Mention) bool {
	start := t.Start
	for steps := 0; steps < 8; steps++ {
		if w, i := previousWord(text, start); w == "из" {
			for _, o := range mentions {
				if (o.Type == "PROFESSION" || o.Type == "PERSON") && o.End <= i && strings.TrimSpace(string(text[o.End:i])) == "" {
					return true
				}
			}
			return false
		}
		prev := -1
		for k, o := range mentions {
			if isAny(o.Type, "COUNTRY", "CITY", "STATE_OR_PROVINCE") && o.End <= start && isAny(strings.TrimSpace(string(text[o.End:start])), "и", ",") {
				prev = k
			}
		}
		if prev < 0 {
			return false
		}
		start = mentions[prev].Start
	}
	return false
}

// originNotContainer reports whether the place t is the origin of people
// (peoplesOrigin) and h a place of another clause, a comma between them:
// where the people come from holds no place the rest of the sentence
// names. «Муром посетят журналисты из Дании и Италии, сообщили в
// администрации Владимирской области» gave «Владимирская область
// LOCATED_IN Италия». NEREL relates a place to the container named with
// it, not to someone's origin.
func originNotContainer(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	lo, hi := h.End, t.Start
	if t.End <= h.Start {
		lo, hi = t.End, h.Start
	}
	return lo <= hi && strings.Contains(string(text[lo:hi]), ",") && peoplesOrigin(text, t, mentions)
}
