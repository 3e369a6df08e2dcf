package event

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// shortParticiple returns the verb of an event that word is the short
// passive participle of when the dictionary likes it better as a short
// adjective: «убиты» (likeliest «убитый»), «избран» («избранный»); else "".
// The verb is a key of verbs.
func (x *Extractor) shortParticiple(word string) string {
	if _, pos := x.lemma(word); pos != morph.ADJS {
		return ""
	}
	for _, p := range x.A.Parse(strings.ToLower(word)) {
		if l := strings.ReplaceAll(p.Normal, "ё", "е"); p.Tag.POS() == morph.PRTS && verbs[l] != "" {
			return l
		}
	}
	return ""
}
