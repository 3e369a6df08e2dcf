package relation

// bracketedAlias reports whether the person mention k stands in
// parentheses right after another person's mention: the name again in
// another script («генерал Эдриен Поне (Adrian Pone), находившийся за
// рулем …»), which postAntecedent leaves for the name before it, the
// mention NEREL relates. NEREL v1.1 train: 4 right relations more with
// gold entities and end to end (Эдриен Поне, Мартин Берковец, Владимир
// Гройсман and his council), 6 wrong fewer (the Latin names given before);
// dev: no change.
func (c *patternContext) bracketedAlias(k int) bool {
	mt := c.tokenOf[k]
	if mt.sent < 0 || mt.first < 2 {
		return false
	}
	toks := c.sents[mt.sent].Tokens
	if toks[mt.first-1].Text != "(" {
		return false
	}
	for _, i := range c.bySent[mt.sent] {
		if it := c.tokenOf[i]; i != k && c.ms[i].Type == "PERSON" && it.last == mt.first-2 {
			return true
		}
	}
	return false
}
