package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// coordinatedAdjectives starts an organization that begins with a
// lower-case kind of organization (orgHeads) at the two adjectives joined
// by «и» right before it, when the first is capitalized and both agree with
// the noun: «Промышленный и коммерческий» + «банк Китая» (the recognizer
// took the name from the noun on, leaving its first words out). NEREL
// v1.1 train has no organization so named; posts so written stay
// («Чрезвычайный и полномочный посол», a PROFESSION).
func (r *Refiner) coordinatedAdjectives(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" || !tokenize.StartsLower(m.Text) {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 3 || toks[first-2].Text != "и" || !tokenize.StartsUpper(toks[first-3].Text) || !tokenize.StartsLower(toks[first-1].Text) {
		return m
	}
	for k := first - 3; k < first; k++ {
		if toks[k].End == toks[k+1].Start || !tokenize.Blank(text[toks[k].End:toks[k+1].Start]) {
			return m
		}
	}
	if !anyIn(r.nounLemmas(toks[first].Text), orgHeads) {
		return m
	}
	cases := r.nounCases(toks[first].Text) & r.adjectiveCases(toks[first-1].Text) & r.adjectiveCases(toks[first-3].Text)
	if cases == 0 {
		return m
	}
	m.Start = toks[first-3].Start
	m.Text = string(text[m.Start:m.End])
	return m
}
