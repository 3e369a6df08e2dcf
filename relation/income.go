package relation

import "strings"

// incomeNouns are the forms of the nouns of what a company earns: «чистая
// прибыль „Сбербанка“ … составила 1,3 трлн рублей».
var incomeNouns = []string{"прибыль", "прибыли", "выручка", "выручки", "выручку", "доход", "дохода", "доходы", "доходов"}

// amountVerbs open the forms of the verbs that give the amount of an
// income: составила, достигла, выросла до, превысила.
var amountVerbs = []string{"состав", "достиг", "вырос", "превыс", "увелич", "сократ", "снизил", "упал"}

// income: INCOME from the organization named right after an income noun
// (at most two words between: «Чистая прибыль „Сбербанка“ по МСФО»), or
// referred to by it (incomeOwner), to the amount of money that a verb of
// amount gives later in the sentence («… составила 1,3 трлн рублей»); the
// noun's other reading, «прибыли» the verb, has no such verb and amount.
func (c *patternContext) income(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	org, from := c.incomeOwner(si, ti)
	if org < 0 {
		return out
	}
	verb := from == ti+1 && ti > 0 && hasPrefix(toks[ti-1].Text, changeVerbs) // (the verb before the noun)
	for k := from; k < len(toks); k++ {
		if w := strings.ToLower(toks[k].Text); hasPrefix(w, amountVerbs) {
			verb = true
		} else if w == "." || w == ";" {
			break
		}
		if m := c.startingAt(si, k, "MONEY"); m >= 0 && verb {
			return append(out, c.found("INCOME", org, m))
		}
	}
	return out
}

// changeVerbs open the forms of the verbs of a change that take an income
// noun as their object («увеличила выручку до …»).
var changeVerbs = []string{"увеличил", "нарастил", "сократил", "снизил"}

// thirdPossessives are the third-person possessive pronouns that refer
// back to an organization named before («ее выручка»).
var thirdPossessives = []string{"его", "ее", "её", "их"}

// incomeOwner returns the organization whose income the income noun at
// token ti of sentence si gives, and the token after which its amount is
// sought: the one named right after the noun (at most two words between);
// or, when a kind noun follows the noun and names none («чистая прибыль
// банка по МСФО», not «по МСФО» then), or a possessive stands before it
// («его выручка выросла … до 38 млрд рублей»), the organization it refers
// back to (antecedent; for a possessive, only when no person is named or
// referred to by «он», «она» before it within the three sentences,
// personNear: «Также он был членом … думы Когалыма. … его доход … составил
// 77,7 миллиона рублей» is the deputy's); or the subject of a verb of change right before
// the noun («Компания увеличила выручку на 9%, до 41,7 млрд рублей»); -1
// when none.
func (c *patternContext) incomeOwner(si, ti int) (int, int) {
	toks := c.sents[si].Tokens
	if k := ti + 1; k < len(toks) && orgKind(strings.ToLower(toks[k].Text)) != "" && c.startingAt(si, k, "ORGANIZATION") < 0 &&
		(k+1 >= len(toks) || !strings.ContainsAny(toks[k+1].Text, "«\"„“")) {
		return c.antecedent(si, toks[ti].Start, toks[k].Text), k + 1
	}
	if v := ti - 1; v > 0 && hasPrefix(toks[v].Text, changeVerbs) {
		// «„Фармстандарт“ увеличила выручку … до 41,7 млрд рублей»: the
		// subject of the verb
		return c.subject(si, v), ti + 1
	}
	if ti > 0 && isAnyFold(toks[ti-1].Text, thirdPossessives) {
		if c.personNear(si, toks[ti-1].Start) {
			return -1, 0 // «Он завёл канал … По данным Forbes, его доход …»: a person's
		}
		return c.antecedent(si, toks[ti].Start, ""), ti + 1
	}
	org := c.rightOf(si, ti, "ORGANIZATION", 3)
	if org < 0 {
		return -1, 0
	}
	return org, c.tokenOf[org].last + 1
}

// personNear reports whether a person mention or the pronoun «он» or «она»
// stands before offset at within sentence si and the two before it.
func (c *patternContext) personNear(si, at int) bool {
	for s := si; s >= max(0, si-2); s-- {
		for _, i := range c.bySent[s] {
			if c.ms[i].Type == "PERSON" && c.ms[i].End <= at {
				return true
			}
		}
		for _, t := range c.sents[s].Tokens {
			if t.End <= at && isAnyFold(t.Text, []string{"он", "она"}) {
				return true
			}
		}
	}
	return false
}
