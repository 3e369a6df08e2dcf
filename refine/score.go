package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// scoreNumbers splits a NUMBER mention that is a match's score, two
// numbers of one to three digits with a colon between them («со счётом
// 4:0», «(14:0)», «1:2 в сумме»), into the two numbers: NEREL tags each
// side of a score a NUMBER of its own, never the score whole. The
// recognizer gave a score as one NUMBER 29 times on train and once on dev,
// each time both sides alone are NEREL's (train correct 42891 → 42949,
// dev NUMBER 84.75 → 85.63, micro 82.63 → 82.66). A clock time, «в 18:30», is a TIME the
// recognizer does not read as a NUMBER, and the rule leaves other types
// alone.
func scoreNumbers(text []rune, ms []doc.Mention) []doc.Mention {
	have := spansOf(ms, "NUMBER")
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		a, b, ok := strings.Cut(m.Text, ":")
		if m.Type != "NUMBER" || !ok || !allDigits(a) || !allDigits(b) || len(a) > 3 || len(b) > 3 {
			continue
		}
		drop[m] = true
		colon := m.Start + len([]rune(a))
		for _, sp := range []doc.Span{{Start: m.Start, End: colon}, {Start: colon + 1, End: m.End}} {
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "NUMBER"})
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}
