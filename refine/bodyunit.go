package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// unitsOfBodies adds an ORGANIZATION over two organizations the recognizer
// found side by side when the second opens with a word that can only be a
// genitive: the first is a unit of the second, and NEREL tags the unit with
// its body whole, the two nested inside: «по случаю событий в
// [Гегаркуникском областном следственном управлении] [Следственного
// комитета Армении]» → + «Гегаркуникском областном следственном управлении
// Следственного комитета Армении»; «депутатом Палаты представителей
// Конгресса США», «в Центральном Академическом театре Российской Армии».
// Train has the pair whole in every such case the
// recognizer split (2 of 2, dev 1 of 1); a second name in the nominative
// («Карнеги-Холла Национальный молодежный оркестр»), an acronym or a Latin
// name («коалиционного правительства ODS») is another body and is left.
func (r *Refiner) unitsOfBodies(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	ends, starts := map[int]bool{}, map[int]bool{}
	for _, m := range ms {
		if m.Type == "ORGANIZATION" {
			ends[m.End], starts[m.Start] = true, true
		}
	}
	if len(ends) < 2 {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !ends[toks[i].End] || !starts[toks[i+1].Start] || toks[i+1].Start != toks[i].End+1 || text[toks[i].End] != ' ' || !tokenize.StartsLower(toks[i].Text) || !r.genitiveOnly(toks[i+1].Text) {
				continue // (one space between: not a headline's line end)
			}
			second, ok := startingAt(ms, toks[i+1].Start, "ORGANIZATION")
			if !ok {
				continue
			}
			first, covered := -1, false
			for _, m := range ms {
				if m.Type != "ORGANIZATION" {
					continue
				}
				if m.End == toks[i].End && (first < 0 || m.Start < first) {
					first = m.Start // (the longest unit)
				}
				if m.Start <= toks[i].Start && m.End >= second.End {
					covered = true
				}
			}
			if first >= 0 && !covered {
				sp := doc.Span{Start: first, End: second.End}
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
		}
	}
	return withAdded(ms, added)
}
