package relation

import "strings"

// appointVerbs are the lemmas of the verbs that give the person after them
// (accusative) the post after him (instrumental): «утвердил Германа Грефа
// президентом».
var appointVerbs = map[string]bool{"назначить": true, "утвердить": true, "избрать": true, "переизбрать": true, "назначать": true, "утверждать": true, "избирать": true}

// appointTrigger reports whether w reads first as a finite active form of
// an appointment verb.
func appointTrigger(w string) bool {
	ps := readings(w)
	return len(ps) > 0 && appointVerbs[ps[0].Normal] && finiteActive(w) // (a verb: finiteActive)
}

// appointed finds WORKS_AS from the person right after an appointment verb
// to each post in the instrumental right after him, coordinated by «и» or
// a comma: «Наблюдательный совет Сбербанка утвердил Германа Грефа
// президентом и председателем правления банка»; and WORKPLACE from him to
// the organization named before the verb that a kind noun right after
// the posts refers to (appointingOrg: «банка», «организации»). Without
// such a person and post it is lawmaker's («утвердил закон»).
func (c *patternContext) appointed(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	person := c.startingAt(si, ti+1, "PERSON")
	if person < 0 {
		return c.lawmaker(out, si, ti)
	}
	k := c.tokenOf[person].last + 1
	posts := 0
	for k < len(toks) {
		post := c.startingAt(si, k, "PROFESSION")
		if post < 0 || !instrumental(toks[k].Text) {
			break
		}
		out = append(out, c.found("WORKS_AS", person, post))
		posts++
		k = c.tokenOf[post].last + 1
		if k+1 < len(toks) && (strings.EqualFold(toks[k].Text, "и") || toks[k].Text == ",") {
			k++
			continue
		}
		break
	}
	if posts > 0 && k < len(toks) {
		if org := c.appointingOrg(si, ti, strings.ToLower(toks[k].Text)); org >= 0 {
			out = append(out, c.found("WORKPLACE", person, org))
		}
	}
	return out
}

// appointingOrg returns the organization a kind noun after the posts
// refers to («президентом организации», «председателем правления
// банка»): of the organizations before the verb at ti in sentence si, the
// one ending last of the kind (ofKind, or for «компания» one named with a
// company's form, company: «ПАО „Ростелеком“»; any for «организация»), the
// shortest of those ending there («Сбербанк» inside «Наблюдательный совет
// Сбербанка»); -1 when the word is no kind or none is named.
func (c *patternContext) appointingOrg(si, ti int, noun string) int {
	kind := orgKind(noun)
	if kind == "" {
		return -1
	}
	verb := c.sents[si].Tokens[ti].Start
	best := -1
	for _, i := range c.bySent[si] {
		m := c.ms[i]
		if m.Type != "ORGANIZATION" || m.End > verb || kind != "организаци" && !c.ofKind(i, kind) && !(kind == "компани" && c.company(i)) {
			continue
		}
		if best < 0 || m.End > c.ms[best].End || m.End == c.ms[best].End && m.End-m.Start < c.ms[best].End-c.ms[best].Start {
			best = i
		}
	}
	return best
}
