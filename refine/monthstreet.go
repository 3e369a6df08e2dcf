package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// monthStreets drops the DATE or TIME the recognizer reads in a street
// named after a month: «на проспекте Октября», «улица Марта» — a month's
// name in the genitive, capitalized, right after a lower-case noun of a
// street (streetNouns) is the street's name, never a date in the middle
// of a sentence. A DATE of the month alone is dropped; a TIME or DATE
// that runs on from it («Октября вечером в воскресенье») keeps its words
// after the month. streetNames, which runs after, then makes the street a
// FACILITY («проспекте Октября»). NEREL v1.1 train and dev have no such
// street (0 changes on either); it costs a story all of its events' dates
// («Октября» read as October of the year before).
func (r *Refiner) monthStreets(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(monthsGenitive) || !r.mayHave(streetNouns) {
		return ms
	}
	drop := map[doc.Mention]bool{}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			name := toks[i+1]
			if tokenize.StartsLower(name.Text) || !monthsGenitive[fold(name.Text)] || !tokenize.StartsLower(toks[i].Text) || !anyIn(r.nounLemmas(toks[i].Text), streetNouns) {
				continue
			}
			for _, m := range ms {
				if m.Start != name.Start || m.Type != "DATE" && m.Type != "TIME" {
					continue
				}
				drop[m] = true
				if m.End > name.End && i+2 < len(toks) && toks[i+2].Start < m.End {
					c := m
					c.Start = toks[i+2].Start
					c.Text = string(text[c.Start:c.End])
					if !hasType(ms, c.Span, c.Type) {
						added = append(added, c)
					}
				}
			}
		}
	}
	return swapped(ms, drop, added)
}
