package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// extendMentions replaces each mention for which extend gives a new span
// with a mention of that span and the same type (once: a span some mention
// has already is not added again), and keeps the others: the frame of the
// rules that run a mention over words beside it (officialPosts,
// unionTopics, finalLetterNames).
func extendMentions(text []rune, ms []doc.Mention, extend func(doc.Mention) (doc.Span, bool)) []doc.Mention {
	drop := map[doc.Mention]doc.Span{}
	for _, m := range ms {
		if sp, ok := extend(m); ok && sp.Start >= 0 && sp.End <= len(text) && sp.Start < sp.End {
			drop[m] = sp
		}
	}
	if len(drop) == 0 {
		return ms
	}
	var added []doc.Mention
	for _, m := range ms {
		sp, ok := drop[m]
		if !ok || slices.ContainsFunc(ms, func(o doc.Mention) bool { return o.Span == sp }) ||
			slices.ContainsFunc(added, func(o doc.Mention) bool { return o.Span == sp }) {
			continue
		}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: m.Type})
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { _, ok := drop[m]; return ok })
}
