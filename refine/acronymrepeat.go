package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// acronymRepeats adds an ORGANIZATION for each other occurrence, as
// written, of an organization that is a run of two or more Cyrillic
// acronyms («ИКИ РАН», «ИЯФ СО РАН»: an institute and the academy it
// belongs to) where no ORGANIZATION has that extent, nested in a post or a
// unit («Директор ИКИ РАН», «отдела ядерной планетологии ИКИ РАН»), where
// the recognizer found the academy alone. nameRepeats leaves such an
// occurrence: a mention overlaps it. A mention that overlaps the occurrence
// without holding it or lying inside it stops the rule there.
func acronymRepeats(text []rune, ms []doc.Mention) []doc.Mention {
	var names []string
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && acronymRun(m.Text) && bounded(text, m.Span) && !slices.Contains(names, m.Text) {
			names = append(names, m.Text)
		}
	}
	if names == nil {
		return ms
	}
	have := spansOf(ms, "ORGANIZATION")
	var added []doc.Mention
	for _, n := range names {
		for _, s := range occurrences(text, n) {
			if have[s] || !bounded(text, s) || slices.ContainsFunc(ms, func(m doc.Mention) bool {
				return m.Overlaps(s) && !(m.Start <= s.Start && m.End >= s.End) && !(m.Start >= s.Start && m.End <= s.End)
			}) {
				continue
			}
			have[s] = true
			added = append(added, doc.Mention{Span: s, Text: n, Type: "ORGANIZATION"})
		}
	}
	return withAdded(ms, added)
}

// acronymRun reports whether s is two or more words, each a Cyrillic
// acronym.
func acronymRun(s string) bool {
	ws := fields(s)
	return len(ws) >= 2 && !slices.ContainsFunc(ws, func(w string) bool { return !cyrillicAcronym(w) })
}
