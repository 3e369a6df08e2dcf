package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// actionNounHeads drops an ORGANIZATION that opens a longer ORGANIZATION
// and ends in a lower-case action noun (a lemma in «-ние» or «-тие»)
// whose object, a lower-case word, the longer name goes on with: «Фонд
// развития» inside «Фонд развития территорий», which names no body of
// its own. NEREL train nests no ORGANIZATION so: of its 31 ORGANIZATIONs
// that run on over a lower-case word after such a noun, none holds one
// that ends at the noun.
func (r *Refiner) actionNounHeads(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var orgs []doc.Mention
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && strings.Contains(m.Text, " ") {
			orgs = append(orgs, m)
		}
	}
	if len(orgs) < 2 {
		return ms
	}
	return without(ms, "ORGANIZATION", func(m doc.Mention) bool {
		if !slices.ContainsFunc(orgs, func(o doc.Mention) bool { return o.Start == m.Start && o.End > m.End }) {
			return false
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last <= first || last+1 >= len(toks) {
			return false
		}
		w, next := toks[last].Text, toks[last+1].Text
		if !tokenize.IsLower(firstRune(w)) || !tokenize.IsLower(firstRune(next)) || toks[last+1].Start != toks[last].End+1 {
			return false
		}
		return slices.ContainsFunc(r.nounLemmas(w), func(l string) bool {
			return strings.HasSuffix(l, "ние") || strings.HasSuffix(l, "тие")
		})
	})
}
