package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// regionPosts runs a PROFESSION over the noun of a kind of region in the
// genitive right after it (regionHeads or «земля», an adjective may stand
// between) and the STATE_OR_PROVINCE that names the region right after the
// noun: «министра финансов» + «земли Гессен», «Министр финансов» +
// «немецкой земли Гессен», «губернатор» + «штата Юта». postsWithEmployer
// takes only an employer that starts right after the post, so the region's
// noun stops it, and the recognizer ends some such posts at the noun
// («Премьер-министр земли»), a span the rule drops. In NEREL v1.1 train the
// posts followed by «штата» and a state run over both in all five cases
// («губернатор штата Миннесота», «генерального прокурора штата Иллинойс»,
// «Полицейские штата Миссури»); dev tags the six posts of «земли Гессен»
// so.
func (r *Refiner) regionPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	states := map[int]int{}
	for _, m := range ms {
		if m.Type == "STATE_OR_PROVINCE" {
			states[m.Start] = max(states[m.Start], m.End)
		}
	}
	if len(states) == 0 {
		return ms
	}
	have := spansOf(ms, "PROFESSION")
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PROFESSION" {
			continue
		}
		toks := sentenceTokens(sents, m)
		_, last := mentionTokens(toks, m)
		if last < 0 {
			continue
		}
		k := last + 1
		if _, ok := states[toks[min(k, len(toks)-1)].Start]; ok && k < len(toks) && r.regionNoun(toks[last].Text) {
			k = last // («Премьер-министр земли» + «Гессен»)
		} else if k+1 < len(toks) && r.genitiveAdjective(toks[k].Text) && !r.regionNoun(toks[k].Text) {
			k++ // «немецкой земли Гессен»
		}
		if k+1 >= len(toks) || !r.regionNoun(toks[k].Text) {
			continue
		}
		end, ok := states[toks[k+1].Start]
		if !ok {
			continue
		}
		sp := doc.Span{Start: m.Start, End: end}
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
		drop[doc.Span{Start: m.Start, End: toks[k].End}] = true // («Премьер-министр земли»)
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "PROFESSION" && drop[m.Span] })
}

// regionNoun reports whether w is a genitive noun of a kind of region
// (regionHeads) or of «земля», a German or Austrian state.
func (r *Refiner) regionNoun(w string) bool {
	for _, p := range r.parse(w) {
		if l := fold(p.Normal); (regionHeads[l] || l == "земля") && r.genitive(w) {
			return true
		}
	}
	return false
}
