package refine

import (
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
	if m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first {
		return m
	}
	for k := first; k <= last; k++ {
		w := toks[k].Text
		if r.hasLemma(w, "конференция") {
			m.Type = "EVENT"
			return m
		}
		if r.likeliest(w) != morph.ADJF && !romanOrdinal(w) {
			return m
		}
		for _, p := range r.parse(w) {
			if compassAdjectives[fold(p.Normal)] {
				return m
			}
		}
	}
	return m
}
