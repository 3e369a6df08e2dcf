package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// regionNouns map the lower-case genitive nouns that may end a post of a
// region's government («министр строительства региона») to the start a
// STATE_OR_PROVINCE's name must hold for the noun to refer to it ("" for
// «региона»: any region).
var regionNouns = map[string]string{"региона": "", "области": "област", "края": "кра", "республики": "республик"}

// regionPostLemmas are the lemmas of a word of a post that a region's
// government holds (министр, заместитель министра, прокурор):
// not «глава», «губернатор», «президент», «руководитель», «мэр», whose
// lower-case «глава региона» NEREL v1.1 train relates to the region in 4
// of 10 posts only.
var regionPostLemmas = map[string]bool{"министр": true, "замминистра": true, "вице-премьер": true, "прокурор": true, "зампрокурора": true}

// regionEmployer returns the region a post of its government names by a
// kind noun only, its last word or the word right after it («заявил министр строительства региона Игорь Шевчук»
// after «Власти Пермского края»): the STATE_OR_PROVINCE named last before
// the post within its sentence and the two before, whose name holds the
// noun when the noun is not «региона»; -1 when the post is of no such
// form or no region qualifies. NEREL v1.1 train relates a minister or
// prosecutor of a named region to the region («министр транспорта
// Пермского края», «прокурора Орловской области»); it has no such post
// with the kind noun alone, and neither has dev.
func (c *patternContext) regionEmployer(post int) int {
	mt := c.tokenOf[post]
	if mt.sent < 0 {
		return -1
	}
	toks := c.sents[mt.sent].Tokens
	stem, ok := regionNouns[toks[mt.last].Text]
	if !ok || mt.last == mt.first {
		// the noun right after the post, which the recognizer left out
		// of it («министр строительства» + «региона»)
		if mt.last+1 >= len(toks) {
			return -1
		}
		stem, ok = regionNouns[toks[mt.last+1].Text]
	}
	if !ok || !slices.ContainsFunc(toks[mt.first:mt.last+1], func(t doc.Token) bool {
		return slices.ContainsFunc(readings(t.Text), func(p morph.Parse) bool { return regionPostLemmas[p.Normal] })
	}) {
		return -1
	}
	best := -1
	for s := max(0, mt.sent-2); s <= mt.sent; s++ {
		for _, i := range c.bySent[s] {
			m := c.ms[i]
			if m.Type != "STATE_OR_PROVINCE" || m.End > c.ms[post].Start || best >= 0 && m.End <= c.ms[best].End {
				continue
			}
			if stem == "" || strings.Contains(strings.ToLower(m.Text), stem) {
				best = i
			}
		}
	}
	return best
}
