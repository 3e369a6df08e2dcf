package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// complementPost reports whether the post t is the genitive complement of
// another post right before it and the person h right after t is in the
// nominative, so apposed to that other post: «Адвокат спортсмена Артём
// Патсев», «Тренер спортсменки Ольга Смирнова» — Патсев is the lawyer,
// not the athlete (WORKS_AS). t's first word reads in no nominative singular
// (спортсменки may be a plural), h's first word in no genitive singular (a name in the genitive is the client's:
// «адвокат спортсмена Артёма Патсева»; an indeclinable first name,
// Эдуардо, leaves it open).
func complementPost(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.Type != "PROFESSION" || t.End > h.Start || strings.TrimSpace(string(text[t.End:h.Start])) != "" {
		return false
	}
	if !slices.ContainsFunc(mentions, func(p doc.Mention) bool {
		return p.Type == "PROFESSION" && p.End <= t.Start && strings.TrimSpace(string(text[p.End:t.Start])) == ""
	}) {
		return false
	}
	tw, hw := strings.Fields(t.Text), strings.Fields(h.Text)
	if len(tw) == 0 || len(hw) == 0 {
		return false
	}
	caseOf := func(w string, c morph.Grammeme) bool {
		return slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.Case() == c && !p.Tag.Is(morph.Plur) })
	}
	return caseOf(tw[0], morph.Gent) && !caseOf(tw[0], morph.Nomn) && caseOf(hw[0], morph.Nomn) && !caseOf(hw[0], morph.Gent)
}
