package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// relativeReach bounds how many words before the comma of «, который …»
// the noun it stands for may be.
const relativeReach = 8

// relativeGenders are the forms of «который» that are an object in the
// accusative, or may be one, with the gender or number (a grammeme) the
// noun they stand for must have.
var relativeGenders = map[string]morph.Grammeme{"которую": morph.Femn, "которое": morph.Neut, "который": morph.Masc, "которые": morph.Plur}

// relativeLed reports whether the verb of an appointment at toks[i]
// («возглавить», «назначить») follows «, который» that stands for what
// is led or set and no post: an event (nouns), a delegation or a march
// (led), a meeting or a date (scheduled), a penalty (notPosts), a noun of
// that gender or number among the few words before the comma, no
// punctuation between: «заседание подкомиссии по сельскому хозяйству,
// которое возглавят министры», «российская делегация, которую возглавит
// министр». A person so told («Азамата Сагитова, который возглавил …»)
// is the subject and still appointed.
func (x *Extractor) relativeLed(toks []doc.Token, i int) bool {
	if i < 2 || toks[i-2].Text != "," {
		return false
	}
	g, ok := relativeGenders[strings.ToLower(toks[i-1].Text)]
	if !ok {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-2-relativeReach; k-- {
		w := toks[k].Text
		if punctMark(w) {
			return false
		}
		l, pos := x.lemma(w)
		if pos != morph.NOUN {
			continue
		}
		_, event := nouns[l]
		if !event && !led[l] && !scheduled[l] && !notPosts[l] {
			continue
		}
		if ps := x.A.Parse(w); len(ps) > 0 && ps[0].Tag.Is(g) {
			return true
		}
	}
	return false
}
