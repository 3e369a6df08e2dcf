package relation

import (
	"strings"
)

// unitNouns are the folded starts of the nouns that head a unit of a
// larger body: «Управление по контролю за иностранными активами»,
// «Департамент Африки», «Следственный комитет».
var unitNouns = []string{"управлени", "департамент", "служб", "отдел", "комитет", "комисси", "агентств", "бюро", "инспекци", "дирекци", "центр", "штаб", "подразделени", "филиал"}

// unitOfParent finds PART_OF from a unit, named with its abbreviation in
// parentheses, to the body named in the genitive right after the closing
// parenthesis (token ti): «Управление по контролю за иностранными
// активами (OFAC) Министерства финансов США» gives «Управление … PART_OF
// Министерство финансов США». The unit is an organization mention that
// ends right before the opening parenthesis and is headed by a noun of
// unitNouns (its first word or the word after an adjective), the
// parentheses hold one short mention, and the body's mention opens with a
// genitive. Without the parentheses NEREL annotates the whole as one
// organization and relates that (train: 0 of 68 adjacent organizations
// hold PART_OF); NEREL v1.1 train and dev hold no such parenthesis, so
// the rule finds none there.
func (c *patternContext) unitOfParent(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti < 3 || toks[ti-2].Text != "(" || ti+1 >= len(toks) {
		return out
	}
	if c.startingAt(si, ti-1, "ORGANIZATION") < 0 {
		return out
	}
	parent := c.startingAt(si, ti+1, "ORGANIZATION")
	if parent < 0 || !likelyGenitive(toks[ti+1].Text) {
		return out
	}
	unit := -1
	for _, i := range c.bySent[si] {
		if m := c.tokenOf[i]; c.ms[i].Type == "ORGANIZATION" && m.last == ti-3 && (unit < 0 || m.first < c.tokenOf[unit].first) {
			unit = i
		}
	}
	if unit < 0 {
		return out
	}
	f := strings.Fields(strings.ToLower(c.ms[unit].Text))
	if !hasPrefix(f[0], unitNouns) && (len(f) < 2 || !hasPrefix(f[1], unitNouns)) {
		return out
	}
	return append(out, c.found("PART_OF", unit, parent))
}
