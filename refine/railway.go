package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// railwayLemmas are the lemmas of the words of a railway's name after its
// capitalized adjective: «Октябрьская железная дорога».
var railwayLemmas = map[string]bool{"железный": true, "дорога": true}

// railwayNames makes a capitalized adjective and a form of «железная
// дорога» it agrees with («Октябрьская железная дорога», «Свердловской
// железной дороги») one ORGANIZATION when no organization spans them, and
// drops a DATE of the adjective alone: a railway company named by its
// month's adjective opening a sentence was a DATE «Октябрьская» when the
// text named the railway nowhere else (organizationRepeats needs a repeat).
// NEREL v1.1 train tags all 3 of its such names an ORGANIZATION (Грузинская
// железная дорога, Российские железные дороги, Свердловской железной
// дороги), with the adjective's place nested, which stays. A sentence's
// first word must be a month's or a place's adjective (nameAdjective).
func (r *Refiner) railwayNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(railwayLemmas) {
		return ms
	}
	have := spansOf(ms, "ORGANIZATION")
	drop := map[doc.Span]bool{} // (the adjectives, whose DATE goes)
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for k := 0; k+2 < len(toks); k++ {
			adj, iron, road := toks[k], toks[k+1], toks[k+2]
			if !cyrillicName(adj.Text) || !adjacent(adj, iron) || !adjacent(iron, road) || !r.hasLemma(iron.Text, "железный") || !r.hasLemma(road.Text, "дорога") {
				continue
			}
			if !r.capitalizedAdjective(adj.Text) || !r.agree(adj.Text, road.Text) || !r.agree(iron.Text, road.Text) {
				continue
			}
			if k == 0 && !r.nameAdjective(adj.Text) {
				continue // (a sentence's first word, capitalized as any: «Узкоколейная железная дорога»)
			}
			sp := doc.Span{Start: adj.Start, End: road.End}
			drop[adj.Span] = true
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if !drop[m.Span] || m.Type != "DATE" {
			out = append(out, m)
		}
	}
	return sortedMentions(append(out, added...))
}

// nameAdjective reports whether a reading of w is an adjective of a month
// (monthAdjectives) or of a place (townKeys): the adjectives a name opens
// with when it opens a sentence too.
func (r *Refiner) nameAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && monthAdjectives[fold(p.Normal)] {
			return true
		}
	}
	return len(r.townKeys(w)) > 0
}
