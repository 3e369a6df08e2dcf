package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// eventNameHeads are the lemmas of the nouns that end the capitalized
// name of an event: «XXVII Петербургский международный экономический
// форум», «Московский международный кинофестиваль», «Нью-Йоркский
// марафон». NEREL train types such names (two words or more, capitalized)
// EVENT in 31 of 31: кинофестиваль 14, фестиваль 8, марафон 5, выставка 2,
// форум 1, съезд 1 (конференция, турнир and олимпиада are left out: their
// names are EVENT, ORGANIZATION or AWARD there).
var eventNameHeads = map[string]bool{
	"форум": true, "фестиваль": true, "кинофестиваль": true, "марафон": true, "выставка": true,
	"съезд": true, "биеннале": true, "ярмарка": true, "саммит": true,
}

// eventName retypes as an EVENT an ORGANIZATION of two words or more that
// starts with a capital or a number and whose head, its first noun, is its
// last word and a noun of eventNameHeads (not «Оргкомитет форума»).
func (r *Refiner) eventName(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" || !strings.Contains(m.Text, " ") || tokenize.StartsLower(m.Text) {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first {
		return m
	}
	for k := first; k < last; k++ {
		if r.likeliest(toks[k].Text) == morph.NOUN {
			return m
		}
	}
	for _, l := range r.nounLemmas(toks[last].Text) {
		if eventNameHeads[l] {
			m.Type = "EVENT"
			return m
		}
	}
	return m
}
