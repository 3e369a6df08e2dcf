package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// addresseePost reports whether the post t is the addressee of a verb of
// saying right before it (reportingVerbStems), one word in the dative
// plural that has no other noun reading: «— заявил журналистам Шугаев»,
// «Белоусов сказал репортерам». The people the speaker addresses are
// not his post (WORKS_AS).
func addresseePost(text []rune, t doc.Mention) bool {
	if strings.Contains(t.Text, " ") || t.Start < 2 || t.Start > len(text) || text[t.Start-1] != ' ' {
		return false
	}
	if w, _ := previousWord(text, t.Start); w == "" || !sayingVerb(w) || !likeliestVerb(w) {
		return false
	}
	dative := false
	for _, p := range readings(t.Text) {
		if p.Tag.POS() != morph.NOUN {
			continue
		}
		if p.Tag.Case() != morph.Datv || !p.Tag.Is(morph.Plur) {
			return false
		}
		dative = true
	}
	return dative
}
