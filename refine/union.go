package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// unionHeads are the lemmas of the nouns of a trade union, the body that
// a name after them makes an organization: «Профсоюз Samsung».
var unionHeads = map[string]bool{"профсоюз": true, "профком": true}

// bodyHeads are the lemmas of the nouns of a company that no post's
// mention opens with: «южнокорейская компания Samsung Electronics».
var bodyHeads = map[string]bool{"компания": true}

// unionPosts fixes a PROFESSION whose first noun, after adjectives only,
// names a body rather than a post: with a noun of unionHeads and a
// capitalized or quoted word after it, the mention is the union's name and
// becomes an ORGANIZATION («Профсоюз Samsung объявил забастовку»); with a
// noun of unionHeads alone or of bodyHeads it names no post and is
// dropped («южнокорейской компании Samsung Electronics», whose name the
// recognizer has apart). A post before the noun («председатель
// профкома», «члены профсоюза») keeps the mention.
func (r *Refiner) unionPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(unionHeads) && !r.mayHave(bodyHeads) {
		return ms
	}
	var out []doc.Mention
	drop := map[int]bool{}
	for k, m := range ms {
		if m.Type != "PROFESSION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first {
			continue
		}
		head := first
		for head < last && r.adjectiveCases(toks[head].Text) != 0 {
			head++
		}
		lemmas := r.nounLemmas(toks[head].Text)
		switch {
		case anyIn(lemmas, unionHeads) && head < last && (tokenize.StartsUpper(toks[head+1].Text) || quoteMark(toks[head+1].Text)):
			out = own(out, ms)
			out[k].Type = "ORGANIZATION"
		case anyIn(lemmas, unionHeads) || anyIn(lemmas, bodyHeads):
			drop[k] = true
		}
	}
	if out == nil && len(drop) == 0 {
		return ms
	}
	out = own(out, ms)
	if len(drop) > 0 {
		k := -1
		out = slices.DeleteFunc(out, func(doc.Mention) bool { k++; return drop[k] })
	}
	return sortedMentions(out)
}

// unionEmployers runs a capitalized ORGANIZATION that ends in a noun of
// unionHeads over the organization right after it, the employer whose
// workers it unites («Национальный профсоюз» + «Samsung Electronics»).
// The employer stays, nested. Lower-case genitive phrases after the noun
// («Российский профсоюз локомотивных бригад») are extendComplements'.
func (r *Refiner) unionEmployers(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(unionHeads) {
		return ms
	}
	orgs := map[int]int{} // start → end of the organization mentions
	for _, m := range ms {
		if m.Type == "ORGANIZATION" {
			orgs[m.Start] = max(orgs[m.Start], m.End)
		}
	}
	var out []doc.Mention
	for k, m := range ms {
		if m.Type != "ORGANIZATION" || !tokenize.StartsUpper(m.Text) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < first || last+1 >= len(toks) || !anyIn(r.nounLemmas(toks[last].Text), unionHeads) {
			continue
		}
		end, ok := orgs[toks[last+1].Start]
		if !ok || startsOver(ms, doc.Span{Start: m.Start, End: end}, "ORGANIZATION") {
			continue
		}
		out = own(out, ms)
		out[k].End, out[k].Text = end, string(text[m.Start:end])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}
