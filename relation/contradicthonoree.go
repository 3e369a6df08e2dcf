package relation

import (
	"github.com/factgraph/factgraph/doc"
)

// honoree reports whether the person p stands after «имени» (one or two
// words before it: «института имени П. Н. Лебедева», «имени академика
// Курчатова») and «имени» follows a noun, not «по» («мальчик по имени
// Антон» is a person of the text): an institution, a prize or a street is
// named after p, who holds no post there and works there no more
// (WORKS_AS, WORKPLACE). The recognizer's pairs put the person named next
// to a post in the sentence («Ученые Института общей физики РАН и
// Физического института имени П. Н. Лебедева»: Лебедев WORKS_AS
// «ученые»).
func honoree(text []rune, p doc.Mention) bool {
	if p.Type != "PERSON" || !namesakeOf(text, p.Start) {
		return false
	}
	at := p.Start
	for range 3 {
		w, i := previousWord(text, at)
		if w == "" {
			return false
		}
		if w == "имени" {
			return wordBefore(text, i) != "по"
		}
		at = i
	}
	return false
}
