package relation

import "strings"

// incomeNouns are the forms of the nouns of what a company earns: «чистая
// прибыль „Сбербанка“ … составила 1,3 трлн рублей».
var incomeNouns = []string{"прибыль", "прибыли", "выручка", "выручки", "выручку", "доход", "дохода", "доходы", "доходов"}

// amountVerbs open the forms of the verbs that give the amount of an
// income: составила, достигла, выросла до, превысила.
var amountVerbs = []string{"состав", "достиг", "вырос", "превыс", "увелич", "сократ", "снизил", "упал"}

// income: INCOME from the organization named right after an income noun
// (at most two words between: «Чистая прибыль „Сбербанка“ по МСФО») to the
// amount of money that a verb of amount gives later in the sentence
// («… составила 1,3 трлн рублей»); the noun's other reading, «прибыли» the
// verb, has no such verb and amount.
func (c *patternContext) income(out []Found, si, ti int) []Found {
	org := c.rightOf(si, ti, "ORGANIZATION", 3)
	if org < 0 {
		return out
	}
	toks := c.sents[si].Tokens
	verb := false
	for k := c.tokenOf[org].last + 1; k < len(toks); k++ {
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
