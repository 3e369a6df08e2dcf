package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// compassAdjectives are the lemmas of the adjectives of a side of the
// world, which name a sports league's division («Восточной конференции
// НБА»).
var compassAdjectives = map[string]bool{"восточный": true, "западный": true, "северный": true, "южный": true}

// conferenceEvent retypes an ORGANIZATION that is adjectives and the noun
// «конференция» (with the words after it) as an EVENT: «В 1988 году на
// Всесоюзной партийной конференции раскритиковал …», read as an
// organization. NEREL tags every conference of train and dev an EVENT
// («богословскую конференцию», «Дипломатической конференцией полномочных
// представителей», «XIV всероссийской детской конференции»: 22 of 24) but
// the division of a league, after an adjective of a side of the world
// («Восточной конференции НБА»: the 2 others), which stays.
func (r *Refiner) conferenceEvent(toks []doc.Token, m doc.Mention) doc.Mention {
	first, last := mentionTokens(toks, m)
	if m.Type != "ORGANIZATION" || first < 0 || last < first {
		return m
	}
	head := slices.IndexFunc(toks[first:last+1], func(t doc.Token) bool { return r.hasLemma(t.Text, "конференция") })
	if head >= 0 && !slices.ContainsFunc(toks[first:first+head+1], r.sideAdjective) && r.adjectivesOnly(toks[first:first+head]) {
		m.Type = "EVENT"
	}
	return m
}

// sideAdjective reports whether t reads as an adjective of compassAdjectives.
func (r *Refiner) sideAdjective(t doc.Token) bool {
	return slices.ContainsFunc(r.parse(t.Text), func(p morph.Parse) bool { return compassAdjectives[fold(p.Normal)] })
}

// adjectivesOnly reports whether each of toks reads first as an adjective
// or is a Roman numeral.
func (r *Refiner) adjectivesOnly(toks []doc.Token) bool {
	return !slices.ContainsFunc(toks, func(t doc.Token) bool { return r.likeliest(t.Text) != morph.ADJF && !romanOrdinal(t.Text) })
}
