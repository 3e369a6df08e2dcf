package refine

import "github.com/factgraph/factgraph/doc"

// lazySpans is the set of the spans of a rule's mentions, built from them at
// its first use: most documents give such a rule nothing to add, and it
// then builds no map of all their mentions.
type lazySpans struct {
	ms  []doc.Mention
	set map[doc.Span]bool
}

// has reports whether sp is the span of a mention of s.ms or one added.
func (s *lazySpans) has(sp doc.Span) bool {
	s.build()
	return s.set[sp]
}

// add puts sp into the set.
func (s *lazySpans) add(sp doc.Span) {
	s.build()
	s.set[sp] = true
}

// build fills the set with the spans of s.ms the first time it is asked.
func (s *lazySpans) build() {
	if s.set != nil {
		return
	}
	s.set = make(map[doc.Span]bool, len(s.ms))
	for _, m := range s.ms {
		s.set[m.Span] = true
	}
}

// lazyEnds counts the mentions of ms by their ends, at its first use.
type lazyEnds struct {
	ms []doc.Mention
	n  map[int]int
}

// count returns the number of mentions of e.ms that end at end.
func (e *lazyEnds) count(end int) int {
	if e.n == nil {
		e.n = make(map[int]int, len(e.ms))
		for _, m := range e.ms {
			e.n[m.End]++
		}
	}
	return e.n[end]
}
