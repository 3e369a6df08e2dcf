package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// learnedAdjective mends «учёный» read as the post (a scientist) where it
// is the adjective of the noun after it: a PROFESSION that opens with it
// before «совет» is the council, an ORGANIZATION («Ученый совет СПбГУ»,
// whose part from «совет» on goes), and a one-word one before an
// inanimate noun it agrees with is no mention («ученая степень», «ученое
// звание» read as «ученой»; NEREL train tags «учёную степень» a
// PROFESSION, and «ученый секретарь» is a post).
func (r *Refiner) learnedAdjective(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	done := map[int]bool{} // the councils added, by start
	for _, m := range ms {
		if m.Type != "PROFESSION" || !strings.HasPrefix(fold(m.Text), "учен") {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < 0 || first+1 >= len(toks) || utf8.RuneCountInString(toks[first+1].Text) < 3 || !r.agree(toks[first].Text, toks[first+1].Text) {
			// (not before «в», an abbreviation the dictionary has as a
			// noun of every case: «проведена учёными в конце»)
			continue
		}
		next := toks[first+1]
		switch {
		case anyIn(r.nounLemmas(next.Text), map[string]bool{"совет": true}):
			drop[m] = true
			if done[m.Start] {
				continue
			}
			done[m.Start] = true
			// the council runs to the end of the longest post read at
			// the adjective or organization read from «совет» on
			end := next.End
			for _, o := range ms {
				if o.Type == "PROFESSION" && o.Start == m.Start || o.Type == "ORGANIZATION" && o.Start == next.Start {
					end = max(end, o.End)
				}
			}
			sp := doc.Span{Start: m.Start, End: end}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			for _, o := range ms {
				if o.Type == "ORGANIZATION" && o.Start == next.Start && o.End == sp.End {
					drop[o] = true
				}
			}
		case last == first && r.inanimateNoun(next.Text, ""):
			drop[m] = true
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if !drop[m] {
			out = append(out, m)
		}
	}
	return sortedMentions(append(out, added...))
}
