package relation

import (
	"slices"

	"github.com/factgraph/factgraph/morph"
)

// personAgrees reports whether person mention p agrees in case with the
// noun w before it (sameCase): by its first word, or by its last when
// the dictionary reads the first only as a plural or a vocative («Илон»,
// the plural genitive of «Илона»: «Основатель SpaceX Илон Маск» is the founder,
// «адвокат основателя WikiLeaks Марк Стивенс» is not, «Марк» singular).
func (c *patternContext) personAgrees(w string, p int) bool {
	mt := c.tokenOf[p]
	toks := c.sents[mt.sent].Tokens
	if sameCase(w, toks[mt.first].Text) {
		return true
	}
	ps := readings(toks[mt.first].Text)
	if mt.last == mt.first || len(ps) == 0 || slices.ContainsFunc(ps, func(x morph.Parse) bool { return x.Tag.Number() != morph.Plur && x.Tag.Case() != morph.Voct }) {
		return false
	}
	return sameCase(w, toks[mt.last].Text)
}
