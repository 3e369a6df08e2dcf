package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// plantOfOther reports whether one of two organizations names a plant
// (namesPlant: «Иркутский авиационный завод») and the other names none and
// is no part of the plant's name («Иркут», whose plant it is): a plant of
// a corporation is not another name of it (ALTERNATIVE_NAME). NEREL v1.1
// train and dev give one ALTERNATIVE_NAME between a plant and a name that
// is not a plant, the plant's own quoted name («Частный конный завод
// „Веедерн“» — «Веедерн»), which stays.
func plantOfOther(h, t doc.Mention) bool {
	ph, pt := namesPlant(h.Text), namesPlant(t.Text)
	if ph == pt {
		return false
	}
	plant, other := h.Text, t.Text
	if pt {
		plant, other = t.Text, h.Text
	}
	words := strings.Fields(strings.ToLower(plant))
	for _, w := range strings.Fields(strings.ToLower(other)) {
		w = strings.Trim(w, "«»\"„“")
		found := false
		for _, p := range words {
			if strings.Trim(p, "«»\"„“") == w {
				found = true
				break
			}
		}
		if !found {
			return true
		}
	}
	return false
}
