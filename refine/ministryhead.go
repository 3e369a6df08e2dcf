package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// bareMinistry runs an ORGANIZATION that is a ministry's noun alone
// («Министерство» of «Министерство строительства и жилищно-коммунального
// хозяйства предложило …») over the lower-case genitive phrase after it
// that names what it deals with, when that phrase names no post nor body;
// extendCoordination then runs it over «и» and the next phrase, and the
// place in the genitive after it. NEREL names a ministry with what it
// deals with («Министерство сельского хозяйства»), never as the noun
// alone before such a phrase.
func (r *Refiner) bareMinistry(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last != first || last+1 >= len(toks) || !anyIn(r.nounLemmas(toks[first].Text), ministryLemmas) {
		return m
	}
	end, ok := r.lowerPhrase(toks, first+1, genitives)
	if !ok || r.postOrBody(toks[end].Text) {
		return m
	}
	m.End = toks[end].End
	m.Text = string(text[m.Start:m.End])
	return m
}
