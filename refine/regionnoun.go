package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// regionNounLemmas are the lemmas (fold) of the nouns that name a Russian
// region by themselves and are in neither regionNames nor republicNames
// (republic.go), which regionNouns reads too: «на Алтае», «Чукотки»,
// «Татарии». «Крым» is left out (NEREL train tags it a LOCATION 3 times in
// 17), and so are the macro-regions («Сибирь», «Урал», «Кавказ»,
// «Донбасс»), which NEREL tags LOCATION, and the peninsulas a region is
// named after («Камчатка», «Таймыр»: «у побережья Камчатки» names the
// peninsula).
var regionNounLemmas = map[string]bool{"алтай": true, "чукотка": true, "татария": true}

// regionNounTypes are the types the recognizer wrongly gives such a noun.
var regionNounTypes = map[string]bool{"CITY": true, "FACILITY": true, "LOCATION": true}

// regionNouns retypes a one-word CITY, FACILITY or LOCATION mention that
// is a case form of a noun of regionNounLemmas, regionNames or
// republicNames a STATE_OR_PROVINCE (regionType, run before, takes the
// latter two from a CITY, LOCATION, DISTRICT or COUNTRY):
// «фестиваль „Шукшинские дни на Алтае“» (FACILITY «Алтае»), «в Алтае»
// (CITY), «на Алтае» (LOCATION, where another «Алтае» of the text is a
// STATE_OR_PROVINCE). NEREL
// train tags every such noun a STATE_OR_PROVINCE (Приморье 4, Подмосковье
// 3, Забайкалье 2 of 9 mentions), and the recognizer already has them all
// so; NEREL dev has FACILITY «Алтае» 3 times, gold STATE_OR_PROVINCE.
func (r *Refiner) regionNouns(ms []doc.Mention) []doc.Mention {
	if !r.mayHave(regionNounLemmas) && !r.mayHave(regionNames) && !r.mayHave(republicNames) {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if !regionNounTypes[m.Type] || strings.ContainsAny(m.Text, " -") {
			return ""
		}
		for _, l := range r.facts(m.Text).lemmas {
			if regionNounLemmas[l] || regionNames[l] || republicNames[l] {
				return "STATE_OR_PROVINCE"
			}
		}
		return ""
	})
}
