package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// ageVerbs are the forms of «быть» and «исполниться» that say how old
// someone is or was with a dative («ему было», «ей исполнилось»).
var ageVerbs = map[string]bool{"было": true, "будет": true, "исполнилось": true, "исполнится": true, "исполняется": true}

// ageDatives are the personal pronouns in the dative.
var ageDatives = map[string]bool{"ему": true, "ей": true, "им": true, "мне": true, "нам": true, "вам": true, "тебе": true}

// ageParticles may stand around the verb («было всего», «исполнилось бы»,
// «было тогда»).
var ageParticles = map[string]bool{"всего": true, "уже": true, "бы": true, "тогда": true, "лишь": true, "только": true, "ещё": true, "еще": true, "ровно": true, "почти": true}

// dativeAge makes a DATE of years after a dative pronoun and «было» or
// «исполнилось» the AGE it is: «когда ему было всего пять лет» → AGE «пять
// лет». NEREL train tags all 18 such phrases AGE, dev all 6 (the recognizer
// read one, with «всего», as a span of time).
func dativeAge(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "DATE" {
		return m
	}
	ws := fields(m.Text)
	if len(ws) != 2 || ws[1] != "лет" && ws[1] != "года" && ws[1] != "год" {
		return m
	}
	first, _ := mentionTokens(toks, m)
	k := first - 1
	skip := func() {
		for k >= 0 && ageParticles[lowerCase(toks[k].Text)] {
			k--
		}
	}
	skip()
	if k < 0 || !ageVerbs[lowerCase(toks[k].Text)] {
		return m
	}
	k--
	skip()
	if k >= 0 && ageDatives[lowerCase(toks[k].Text)] {
		m.Type = "AGE"
	}
	return m
}
