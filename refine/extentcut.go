package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
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

// adjectiveCutEvents cuts to its verb an EVENT that opens with a
// lower-case verb and ends on an adjective inside a longer mention that
// starts within it and ends after it: «открыл Петербургский
// международный» across «Петербургский международный экономический форум»
// becomes «открыл», as NEREL often tags a verb alone (train: 640 EVENTs
// are one past-tense verb). NEREL lets a verb's EVENT cross its object's
// mention only over the object's noun («подписал указ» across «указ о
// награждении»: train's 40 crossing EVENTs all end on a noun), never on
// the adjectives before it. Such an EVENT that opens with no verb is
// dropped.
func (r *Refiner) adjectiveCutEvents(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for k, m := range ms {
		if m.Type != "EVENT" || !tokenize.StartsLower(m.Text) || !slices.ContainsFunc(ms, func(o doc.Mention) bool { return m.Start < o.Start && o.Start < m.End && m.End < o.End }) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last <= first || r.likeliest(toks[last].Text) != morph.ADJF {
			continue
		}
		if out == nil {
			out = slices.Clone(ms)
		}
		if r.likeliest(toks[first].Text) == morph.VERB {
			out[k].Span = toks[first].Span
			out[k].Text = toks[first].Text
		} else {
			out[k].Type = ""
		}
	}
	if out == nil {
		return ms
	}
	return sortedMentions(slices.DeleteFunc(out, func(m doc.Mention) bool { return m.Type == "" }))
}
