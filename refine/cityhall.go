package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// cityHallNouns are the lemmas of the nouns cityHalls reads.
var cityHallNouns = map[string]bool{"мэрия": true}

// cityHalls adds an ORGANIZATION for each lower-case «мэрия» that no
// ORGANIZATION spans or covers from a word before it: «участники пошли к
// мэрии», «на сайте столичной мэрии». NEREL tags the city hall an
// organization wherever it stands — alone, nested in «мэрию Уфы», or
// after a place's adjective («уфимской мэрии», then with no nested one):
// train and dev have 6 of its 7 mentions so, the recognizer missed dev's
// two bare ones. (Other municipal nouns — «префектура», «муниципалитет»,
// «ратуша» — NEREL leaves untagged when bare.)
func (r *Refiner) cityHalls(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(cityHallNouns) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			if tokenize.StartsLower(t.Text) && anyIn(r.nounLemmas(t.Text), cityHallNouns) && !orgOver(ms, t.Span) {
				added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "ORGANIZATION"})
			}
		}
	}
	return withAdded(ms, added)
}

// orgOver reports whether an ORGANIZATION of ms is sp or holds it and
// starts before it.
func orgOver(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && (m.Span == sp || m.Start < sp.Start && m.End >= sp.End) {
			return true
		}
	}
	return false
}
