package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// regionAdjectiveTowns retypes as a CITY a one-word PERSON right after a
// lower-case adjective of a region the recognizer tagged a
// STATE_OR_PROVINCE that agrees with it: «в подмосковном Королеве», where
// the town's name is a surname too. A region's adjective before a name
// places a town in the region («подмосковного Ступина»); it does not
// describe a person. An adjective of a country («российский Королев», a
// person of that country) is left alone.
func (r *Refiner) regionAdjectiveTowns(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		if m.Type != "PERSON" || strings.Contains(m.Text, " ") || !tokenize.StartsUpper(m.Text) || m.Start < 2 || text[m.Start-1] != ' ' {
			continue
		}
		for _, a := range ms {
			if a.Type != "STATE_OR_PROVINCE" || a.End != m.Start-1 || strings.Contains(a.Text, " ") || !tokenize.StartsLower(a.Text) {
				continue
			}
			if r.agree(a.Text, m.Text) {
				out = own(out, ms)
				out[i].Type = "CITY"
			}
			break
		}
	}
	if out == nil {
		return ms
	}
	return out
}
