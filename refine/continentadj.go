package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// continentAdjectives are the lemmas of the adjectives that name a
// continent as well as a country: «американский» is of the United States
// and of the Americas.
var continentAdjectives = map[string]bool{"американский": true}

// continentStates are the lemmas of the nouns of states after which such
// an adjective is the continent's: «Организация американских государств»,
// «американских стран».
var continentStates = map[string]bool{"государство": true, "страна": true}

// continentAdjectiveStates drops a one-word COUNTRY of an adjective of
// continentAdjectives right before a lower-case noun of continentStates:
// the states of the Americas are not the United States («Наблюдатели
// Организации американских государств», read as США). NEREL v1.1 train and
// dev have no such phrase (their «латиноамериканских стран» is a LOCATION,
// which the recognizer finds).
func (r *Refiner) continentAdjectiveStates(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(continentAdjectives) {
		return ms
	}
	return without(ms, "COUNTRY", func(m doc.Mention) bool {
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last != first || last+1 >= len(toks) || !anyIn(r.facts(toks[first].Text).lemmas, continentAdjectives) {
			return false
		}
		next := toks[last+1].Text
		return tokenize.StartsLower(next) && anyIn(r.nounLemmas(next), continentStates)
	})
}
