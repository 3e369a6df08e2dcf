package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// complementPost reports whether the post t is the genitive complement of
// another post right before it, in the nominative, and the person h right after t is in the
// nominative, so apposed to that other post: «Адвокат спортсмена Артём
// Патсев», «Тренер спортсменки Ольга Смирнова» — Патсев is the lawyer,
// not the athlete (WORKS_AS). t's first word reads in no nominative singular
// (спортсменки may be a plural), h's first word in no genitive singular (a name in the genitive is the client's:
// «адвокат спортсмена Артёма Патсева»; an indeclinable first name,
// Эдуардо, leaves it open; so does a post in the genitive before t,
// «заместителя министра генерал-полковника Хоанг Суан Чиена», the two
// apposed).
func complementPost(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.Type != "PROFESSION" || t.End > h.Start || strings.TrimSpace(string(text[t.End:h.Start])) != "" {
		return false
	}
	caseOf := func(w string, c morph.Grammeme) bool {
		return slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.Case() == c && !p.Tag.Is(morph.Plur) })
	}
	nominative := func(s string) bool { // (the first word's)
		w, _, _ := strings.Cut(s, " ")
		return caseOf(w, morph.Nomn) && !caseOf(w, morph.Gent)
	}
	if !slices.ContainsFunc(mentions, func(p doc.Mention) bool {
		return p.Type == "PROFESSION" && p.End <= t.Start && strings.TrimSpace(string(text[p.End:t.Start])) == "" && nominative(p.Text)
	}) {
		return false
	}
	tw, _, _ := strings.Cut(t.Text, " ")
	return caseOf(tw, morph.Gent) && !caseOf(tw, morph.Nomn) && nominative(h.Text)
}
