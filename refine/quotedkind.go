package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// quotedKindTypes are the types a quoted name ending in a kind of
// organization is wrongly given.
var quotedKindTypes = map[string]bool{"WORK_OF_ART": true, "EVENT": true, "PRODUCT": true, "FACILITY": true, "PERSON": true, "AWARD": true}

// quotedKindName makes a name in guillemets of two words or more, opening
// with a capital and ending in a lower-case noun of a kind of organization
// (kindNouns, or «верфь»), an ORGANIZATION when the recognizer gave it the
// type of a work, event, product, facility, award or person: «на „Северной
// верфи“» (a WORK_OF_ART), «„Белорусская калийная компания“». NEREL
// train's quoted names so ending are organizations in 3 of 3.
func (r *Refiner) quotedKindName(text []rune, m doc.Mention) doc.Mention {
	if !quotedKindTypes[m.Type] || m.Start < 1 || m.End >= len(text) || text[m.Start-1] != '«' || text[m.End] != '»' {
		return m
	}
	words := fields(m.Text)
	if len(words) < 2 || !tokenize.StartsUpper(words[0]) {
		return m
	}
	last := words[len(words)-1]
	if !tokenize.StartsLower(last) {
		return m
	}
	for _, l := range r.nounLemmas(last) {
		if kindNouns[l] || l == "верфь" {
			m.Type = "ORGANIZATION"
			break
		}
	}
	return m
}
