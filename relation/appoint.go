package relation

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// appointVerbs are the lemmas of the verbs that give the person after them
// (accusative) the post after him (instrumental): «утвердил Германа Грефа
// президентом».
var appointVerbs = map[string]bool{"назначить": true, "утвердить": true, "избрать": true, "переизбрать": true, "назначать": true, "утверждать": true, "избирать": true}

// appointTrigger reports whether w reads first as a finite active form of
// an appointment verb.
func appointTrigger(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.VERB && appointVerbs[ps[0].Normal] && finiteActive(w)
}

// appointed finds WORKS_AS from the person right after an appointment verb
// to each post in the instrumental right after him, coordinated by «и» or
// a comma: «Наблюдательный совет Сбербанка утвердил Германа Грефа
// президентом и председателем правления банка». Without such a person
// and post it is lawmaker's («утвердил закон»).
func (c *patternContext) appointed(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	person := c.startingAt(si, ti+1, "PERSON")
	if person < 0 {
		return c.lawmaker(out, si, ti)
	}
	k := c.tokenOf[person].last + 1
	for k < len(toks) {
		post := c.startingAt(si, k, "PROFESSION")
		if post < 0 || !instrumental(toks[k].Text) {
			break
		}
		out = append(out, c.found("WORKS_AS", person, post))
		k = c.tokenOf[post].last + 1
		if k+1 < len(toks) && (strings.EqualFold(toks[k].Text, "и") || toks[k].Text == ",") {
			k++
			continue
		}
		break
	}
	return out
}
