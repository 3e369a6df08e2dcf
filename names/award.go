package names

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// awardKinds are the nouns naming a kind of award, after which a name in
// quotes stands in the nominative whatever their case: «ордена „Дуслык“»,
// «премии „Ника“», «медалью „За отвагу“».
var awardKinds = map[string]bool{
	"орден": true, "медаль": true, "премия": true, "приз": true, "знак": true,
	"звание": true, "статуэтка": true, "грамота": true,
}

// awardKind reports whether w is a form of a noun naming a kind of award
// (awardKinds).
func (c *Canonicalizer) awardKind(w string) bool {
	if w == "" {
		return false
	}
	for _, p := range c.A.Parse(w) {
		if p.Tag.POS() == morph.NOUN && awardKinds[strings.ReplaceAll(p.Normal, "ё", "е")] {
			return true
		}
	}
	return false
}
