package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// prizeFronted reports whether a prize noun (prizes) stands before the
// «вручить» at toks[v], at most five words back with no punctuation but
// quotes between: «Медаль «За отвагу» глава государства вручил также
// Сергею Смирнову», «Орден Мужества президент вручил …» — the prize
// fronted, the verb an award all the same (gives reads only after it).
// Not an award ahead, «Награды будут вручены лауреатам на церемонии»: NEREL
// marks the ceremony.
func (x *Extractor) prizeFronted(toks []doc.Token, v int) bool {
	if v > 0 && (strings.EqualFold(toks[v-1].Text, "будут") || strings.EqualFold(toks[v-1].Text, "будет")) {
		return false
	}
	words := 0
	for j := v - 1; j >= 0 && v >= 0 && words < 6; j-- {
		w := toks[j].Text
		if quoteMark(w) || w == "»" || w == "“" || w == "”" {
			continue
		}
		words++
		l, pos := x.lemma(w)
		if prizes[l] {
			return true
		}
		if pos == morph.PNCT || punctMark(w) {
			return false
		}
	}
	return false
}
