package refine

import "github.com/factgraph/factgraph/doc"

// extendMentions replaces each mention for which extend gives a new span
// with a mention of that span and the same type (once: a span some mention
// has already is not added again), and keeps the others: the frame of the
// rules that run a mention over words beside it (officialPosts,
// unionTopics, finalLetterNames).
func extendMentions(text []rune, ms []doc.Mention, extend func(doc.Mention) (doc.Span, bool)) []doc.Mention {
	have := map[doc.Span]bool{}
	for _, m := range ms {
		have[m.Span] = true
	}
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		sp, ok := extend(m)
		if !ok || sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		drop[m] = true
		if !have[sp] {
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: m.Type})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}
