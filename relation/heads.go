package relation

import (
	"strings"

	"github.com/factgraph/factgraph/tokenize"
)

// headVerbs are the forms of «возглавлять», «возглавить» and «руководить»
// that tell who heads an organization.
var headVerbs = []string{"возглавляет", "возглавлял", "возглавляла", "возглавил", "возглавила", "возглавит",
	"руководит", "руководил", "руководила"}

// subjectlessPrepositions govern a person that is no subject of the verb
// after it («при Килпатрике возглавлял …»).
var subjectlessPrepositions = []string{"при", "у", "с", "со", "к", "о", "об", "по", "для", "от", "без", "за", "после", "перед", "как"}

// heads: WORKPLACE from a person to the organization a kind noun next to a
// verb of heading refers back to: «Сейчас компанию возглавляет Вадим
// Воробьев» after «Компания „Лукойл“ …», «Воробьев руководит холдингом»
// (the noun before the verb and the person after it, or the person before
// and the noun after; the organization named right after the noun, else
// the one antecedent finds: of the noun's kind, or named last, in the
// sentence and the two before). An organization named right after the
// verb is the object itself: «Алиханов возглавляет министерство», «Шмидт
// возглавлял Google» (twenty-second session, rel22b), unless a government:
// NEREL v1.1 train relates its head by MEMBER_OF («Бойко Борисов возглавил
// правительство») as well as by WORKPLACE («Квирикашвили возглавлял
// правительство Грузии»).
func (c *patternContext) heads(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	noun, person := -1, -1
	if org := c.startingAt(si, ti+1, "ORGANIZATION"); org >= 0 && ti > 0 && !strings.HasPrefix(strings.ToLower(c.ms[org].Text), "правительств") {
		// «Алиханов возглавляет министерство», «Зюганов руководит КПРФ»:
		// the object named right after the verb, the subject right before
		// it and after no preposition («при Килпатрике возглавлял»)
		for _, i := range c.bySent[si] {
			if c.ms[i].Type == "PERSON" && c.tokenOf[i].last == skipAlso(toks, ti-1) &&
				(c.tokenOf[i].first == 0 || !isAnyFold(toks[c.tokenOf[i].first-1].Text, subjectlessPrepositions)) {
				return append(out, c.found("WORKPLACE", i, org))
			}
		}
	}
	if ti > 0 && ti+1 < len(toks) && c.kindNoun(toks[ti-1].Text) {
		noun, person = ti-1, c.startingAt(si, ti+1, "PERSON")
	} else if ti > 0 && ti+1 < len(toks) && c.kindNoun(toks[ti+1].Text) {
		noun = ti + 1
		for _, i := range c.bySent[si] {
			if c.ms[i].Type == "PERSON" && c.tokenOf[i].last == ti-1 {
				person = i
			}
		}
	}
	if noun < 0 || person < 0 {
		return out
	}
	org := -1
	for k := noun + 1; k < len(toks) && k <= noun+2 && org < 0; k++ {
		// «руководит холдингом „Сибур“»: the organization named right
		// after the noun
		org = c.startingAt(si, k, "ORGANIZATION")
		if !tokenize.IsQuote([]rune(toks[k].Text)[0]) {
			break
		}
	}
	if org < 0 {
		org = c.antecedent(si, toks[noun].Start, toks[noun].Text)
	}
	if org >= 0 {
		out = append(out, c.found("WORKPLACE", person, org))
	}
	return out
}

// kindNoun reports whether w is a lower-case noun of a kind of
// organization (orgNouns): «компанию», «холдингом».
func (c *patternContext) kindNoun(w string) bool {
	return tokenize.StartsLower(w) && orgKind(strings.ToLower(w)) != ""
}
