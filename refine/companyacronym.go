package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// companyKindNouns are the lemmas of the nouns that name a company's kind
// right before its name: «Группа ЛСР», «девелопер ПИК», «холдинг РЖД».
var companyKindNouns = map[string]bool{
	"группа": true, "компания": true, "госкомпания": true, "холдинг": true, "концерн": true,
	"корпорация": true, "госкорпорация": true, "девелопер": true, "застройщик": true, "фирма": true,
}

// companyAcronyms makes the place mentions written as a word of two to
// six capital Cyrillic letters an ORGANIZATION, each of them, when one
// mention so written, of a place or an organization, comes right after a
// company's noun (companyKindNouns): «Конкурент ЛСР» and «выдал ЛСР» read
// as a COUNTRY after «Группа ЛСР» (which the linker then typed by the
// majority, COUNTRY). An acronym the
// dictionary knows as a place's («компания США» names no company) is
// left alone.
func (r *Refiner) companyAcronyms(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(companyKindNouns) {
		return ms
	}
	var names map[string]bool
	for _, m := range ms {
		if !isPlaceType(m.Type) && m.Type != "ORGANIZATION" || !cyrillicAcronym(m.Text) || names[m.Text] {
			continue
		}
		toks := sentenceTokens(sents, m)
		if first, last := mentionTokens(toks, m); first >= 1 && last == first && anyIn(r.nounLemmas(toks[first-1].Text), companyKindNouns) && !r.placeWord(m.Text) {
			if names == nil {
				names = map[string]bool{}
			}
			names[m.Text] = true
		}
	}
	if names == nil {
		return ms
	}
	out := make([]doc.Mention, len(ms))
	for i, m := range ms {
		if isPlaceType(m.Type) && names[m.Text] {
			m.Type = "ORGANIZATION"
		}
		out[i] = m
	}
	return out
}
