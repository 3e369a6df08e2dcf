package refine

import "github.com/factgraph/factgraph/doc"

// fieldAcronyms are the acronyms of branches of the economy that a body's
// or a post's name lists beside the lower-case phrases of what it deals
// with: «комитет по строительству и ЖКХ», «министр энергетики и ЖКХ».
var fieldAcronyms = map[string]bool{"ЖКХ": true, "ТЭК": true, "АПК": true, "ОПК": true, "ВПК": true}

// fieldPhrase returns the last token of the lower-case phrase in the
// cases cas from toks[k] on (lowerPhrase), or toks[k] itself when it is
// one of fieldAcronyms, which do not decline.
func (r *Refiner) fieldPhrase(toks []doc.Token, k int, cas caseSet) (int, bool) {
	if k < len(toks) && fieldAcronyms[toks[k].Text] {
		return k, true
	}
	return r.lowerPhrase(toks, k, cas)
}
