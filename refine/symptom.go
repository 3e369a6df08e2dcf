package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// symptomLemmas are the lemmas of the noun of a symptom.
var symptomLemmas = map[string]bool{"симптом": true}

// genericDiseaseLemmas are the lemmas of the nouns of a disease that name
// none (folded).
var genericDiseaseLemmas = map[string]bool{"заболевание": true, "болезнь": true, "инфекция": true}

// symptomDiseases drops a DISEASE mention that opens with the noun of a
// symptom («умеренные симптомы заболевания») and one of a disease's noun
// that names none, right after that noun or its adjectives («симптомами
// инфекционного заболевания», «Симптомы коронавирусной инфекции»: both
// «коронавирусной инфекции» and «инфекции»). NEREL tags the disease a
// symptom is of when the text names it («симптомы гастроэнтерита»,
// «симптомами COVID-19»), never the symptom nor a bare «заболевания» after
// it: train 1 and dev 4 such mentions, none tagged; the named ones stay.
func (r *Refiner) symptomDiseases(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(symptomLemmas) {
		return ms
	}
	return without(ms, "DISEASE", func(m doc.Mention) bool {
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first {
			return false
		}
		if r.named(toks[first].Text, symptomLemmas) {
			return true
		}
		if !r.named(toks[last].Text, genericDiseaseLemmas) {
			return false
		}
		k := first - 1
		for k >= 0 && first-k <= 2 && r.likeliest(toks[k].Text) == morph.ADJF {
			k--
		}
		return k >= 0 && r.named(toks[k].Text, symptomLemmas)
	})
}
