package refine

import "github.com/factgraph/factgraph/doc"

// procurementNouns are the lemmas of the nouns of a state's order for
// goods, a programme of purchases, no event: «выполнение гособоронзаказа».
var procurementNouns = map[string]bool{"гособоронзаказ": true, "оборонзаказ": true, "госзаказ": true}

// procurements drops an EVENT that is one noun of procurementNouns: the
// recognizer read «проверил выполнение гособоронзаказа» as an event of
// the minister's. NEREL v1.1 train's one «гособоронзаказа» is tagged
// nothing.
func (r *Refiner) procurements(ms []doc.Mention) []doc.Mention {
	if !r.mayHave(procurementNouns) {
		return ms
	}
	return without(ms, "EVENT", func(m doc.Mention) bool {
		return anyIn(r.nounLemmas(m.Text), procurementNouns)
	})
}
