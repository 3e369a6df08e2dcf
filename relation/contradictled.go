package relation

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// leadingVerbs are the lemmas of verbs whose object is a group one leads:
// «Хохлов возглавлял волгоградцев», «тренировал москвичей».
var leadingVerbs = map[string]bool{
	"возглавлять": true, "возглавить": true, "руководить": true, "тренировать": true,
	"командовать": true, "покинуть": true, "покидать": true,
}

// ledGroup reports whether the nationality t is the object of a verb of
// leading right before it, a noun not in the nominative: a team or a unit called by its city's or
// country's people («Хохлов возглавлял волгоградцев» — the coach of the
// Volgograd team), whom the subject leads rather than comes from
// (ORIGINS_FROM).
func ledGroup(text []rune, t doc.Mention) bool {
	if t.Type != "NATIONALITY" {
		return false
	}
	if ps := lastReadings(t.Text); len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN || ps[0].Tag.Case() == morph.Nomn {
		return false // «возглавил австралийский режиссёр Джордж Миллер»: the subject's nationality
	}
	for _, p := range readings(wordBefore(text, t.Start)) {
		if leadingVerbs[p.Normal] {
			return true
		}
	}
	return false
}
