package refine

import "github.com/factgraph/factgraph/morph"

// macroRegionAdjectives are the lemmas of the adjectives of Russia's
// macro-regions and federal districts, which NEREL tags a LOCATION as it
// does the regions themselves (macroRegions): «руководителя Приволжского
// межрегионального координационного совета», «в Северо-Кавказском
// федеральном округе», «Уральской стали» — train's 18 one-word mentions
// of them are all LOCATION; the recognizer read dev's «Приволжского» as a
// CITY. «Южный» and «Центральный» are left out: towns and common words.
var macroRegionAdjectives = map[string]bool{"приволжский": true, "северо-кавказский": true, "северо-западный": true,
	"сибирский": true, "уральский": true, "дальневосточный": true}

// macroRegionAdjective reports whether w has an adjective reading whose
// lemma is one of macroRegionAdjectives.
func (r *Refiner) macroRegionAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && macroRegionAdjectives[fold(p.Normal)] {
			return true
		}
	}
	return false
}
