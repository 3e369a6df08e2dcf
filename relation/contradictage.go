package relation

import (
	"strings"

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
	g := agePronounGender(text, t)
	return g != 0 && !mayBe(h.Text, g)
}

// agePronounGender returns the gender of the dative pronoun «ему» or «ей»
// that the age t is told of («ему было всего пять лет»), or 0 when none
// stands before it.
func agePronounGender(text []rune, t doc.Mention) morph.Grammeme {
	p := t.Start
	for range 4 {
		w, at := previousWord(text, p)
		switch w {
		case "ему":
			return morph.Masc
		case "ей":
			return morph.Femn
		}
		if !ageFillers[w] {
			return 0
		}
		p = at
	}
	return 0
}

// agedPerson returns the index of the person an age dropped by pronounsAge
// belongs to: the one PERSON mention before the age in its sentence, other
// than h, whose name may have the pronoun's gender and is not that of h,
// or -1 when there is none or more than one («Лионель Месси познакомился с
// Антонеллой Рокуццо, когда ему было всего пять лет»: Месси).
func agedPerson(text []rune, h, t doc.Mention, mentions []doc.Mention) int {
	g := agePronounGender(text, t)
	start := t.Start
	for start > 0 && !strings.ContainsRune(".!?\n", text[start-1]) {
		start--
	}
	found := -1
	for i, m := range mentions {
		if m.Type != "PERSON" || m.Start < start || m.End > t.Start || m.Text == h.Text || !mayBe(m.Text, g) {
			continue
		}
		if found >= 0 && mentions[found].Text != m.Text {
			return -1
		}
		found = i
	}
	return found
}
