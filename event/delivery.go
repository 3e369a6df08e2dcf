package event

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// deliveryVerbs are the lemmas of the verbs that deliver goods when their
// object is a batch (batchAfter): «поставить», «передать», «отгрузить».
var deliveryVerbs = map[string]bool{"поставить": true, "передать": true, "отгрузить": true, "поставлять": true, "передавать": true, "отгружать": true}

// batchAfter reports whether «партия» in the accusative, a batch of goods,
// follows the verb at toks[v] within four words, no punctuation between:
// «концерн передал Министерству внутренних дел партию автоматов»,
// «завод отгрузил первую партию вагонов» (not «передал дело в суд»,
// «поставил задачу»).
func (x *Extractor) batchAfter(toks []doc.Token, v int) bool {
	if v < 0 {
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+5; j++ {
		if punctMark(toks[j].Text) {
			return false
		}
		for _, p := range x.A.Parse(toks[j].Text) {
			if p.Normal == "партия" && p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Accs {
				return true
			}
		}
	}
	return false
}
