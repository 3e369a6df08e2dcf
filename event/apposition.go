package event

import (
	"slices"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// appositionLocative reports whether the name at token i stands in
// apposition to a lower-case noun in the locative right before it, after
// the preposition at token j: «в аэропорту Толмачево», «на космодроме
// Байконур», where the name itself keeps the nominative or does not
// decline, so the locative shows on the noun only (a name that cannot
// be a nominative singular is a genitive of its own: «на востоке
// Украины» names no place by «востоке»). locative asks it of a FACILITY
// only: NEREL train's events place «в штате Мичиган», «в городе Варна»
// by the state or the country instead.
func (x *Extractor) appositionLocative(toks []doc.Token, j, i int) bool {
	n := i - 1
	if n <= j {
		return false
	}
	w := []rune(toks[n].Text)
	if len(w) < 2 || !unicode.IsLower(w[0]) {
		return false
	}
	if ps := x.A.Parse(toks[n].Text); len(ps) == 0 || !x.inLocative(toks[n].Text) {
		return false
	}
	// the name keeps the nominative singular (or is unknown): not a
	// genitive of its own, «на востоке Украины»
	ps := x.A.Parse(toks[i].Text)
	return len(ps) == 0 || slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.Case() == morph.Nomn && p.Tag.Is(morph.Sing) })
}
