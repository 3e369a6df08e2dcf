package relation

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// ageFillers are the words that may stand between the dative pronoun and
// the age of «ему было всего пять лет»: the verbs of having an age and
// adverbs of degree.
var ageFillers = map[string]bool{"было": true, "будет": true, "исполнилось": true, "исполнится": true, "исполнялось": true, "стукнуло": true,
	"всего": true, "уже": true, "лишь": true, "только": true, "почти": true, "тогда": true, "едва": true, "не": true}

// pronounsAge reports whether the age t of an AGE_IS from the person h is
// told of a dative pronoun whose gender h's name cannot have (mayBe):
// «Лионель Месси познакомился с Антонеллой Рокуццо, когда ему было всего
// пять лет» — the age is Месси's, not hers (the model gave it to the
// nearest person). A name of either or of unknown gender stays.
func pronounsAge(text []rune, h, t doc.Mention) bool {
	p := t.Start
	for range 4 {
		w, at := previousWord(text, p)
		switch w {
		case "ему":
			return !mayBe(h.Text, morph.Masc)
		case "ей":
			return !mayBe(h.Text, morph.Femn)
		}
		if !ageFillers[w] {
			return false
		}
		p = at
	}
	return false
}
