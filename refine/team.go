package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// teamSports adds, beside a national team named by «сборная» and its
// country («сборной России»), the team named with its sport after «по»
// («сборной России по хоккею»), as NEREL does: in NEREL v1.1 train a team
// runs over a following «по» phrase in 4 of 6 cases, 2 of them with the
// shorter name nested too.
func (r *Refiner) teamSports(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !strings.HasPrefix(fold(m.Text), "сборн") {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < 0 || last-first > 2 {
			continue
		}
		if k := r.poPhraseEnd(toks, last+1); k > 0 {
			sp := doc.Span{Start: m.Start, End: toks[k].End}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	return withAdded(ms, added)
}
