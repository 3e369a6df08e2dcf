package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// streetHonorees splits the name of a street or square named after a
// person with a rank or post («улице Генерала Тюленева», «проспекте
// Маршала Жукова»: a lower-case noun of streetNouns, a capitalized noun of
// an occupation in the genitive, and one capitalized word ending the name)
// into a PROFESSION of the rank and a PERSON of the surname, as NEREL
// tags them (train: «улице Генерала Дорохова», «улица Космонавта
// Волкова», 2 of 2, the only such names): a PERSON or PROFESSION over
// both words goes, and a place mention of the surname («Тюленева», read
// as a CITY) becomes the PERSON.
func (r *Refiner) streetHonorees(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(streetNouns) {
		return ms
	}
	var added []doc.Mention
	dropBoth, dropPlace := map[doc.Span]bool{}, map[doc.Span]bool{} // (the PERSON or PROFESSION over both words; the place of the surname)
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !tokenize.StartsLower(toks[i].Text) || !anyIn(r.nounLemmas(toks[i].Text), streetNouns) {
				continue
			}
			rank, name := toks[i+1], toks[i+2]
			if !cyrillicName(rank.Text) || !cyrillicName(name.Text) || !adjacent(toks[i], rank) || !adjacent(rank, name) {
				continue
			}
			if i+3 < len(toks) && adjacent(name, toks[i+3]) && streetWord(toks[i+3].Text) {
				continue // (a longer name: «улице Героя Советского Союза …»)
			}
			low := lowerCase(rank.Text)
			if r.wordType(low) != "PROFESSION" || !r.genitive(low) {
				continue
			}
			both := doc.Span{Start: rank.Start, End: name.End}
			hasRank, hasPerson := false, false
			for _, m := range ms {
				switch {
				case m.Span == both && (m.Type == "PERSON" || m.Type == "PROFESSION"):
					dropBoth[both] = true
				case m.Span == rank.Span && m.Type == "PROFESSION":
					hasRank = true
				case m.Span == name.Span && m.Type == "PERSON":
					hasPerson = true
				case m.Span == name.Span && isPlaceType(m.Type):
					dropPlace[name.Span] = true
				}
			}
			if !dropBoth[both] && !dropPlace[name.Span] && hasRank && hasPerson {
				continue
			}
			if !hasRank {
				added = append(added, doc.Mention{Span: rank.Span, Text: string(text[rank.Start:rank.End]), Type: "PROFESSION"})
			}
			if !hasPerson {
				added = append(added, doc.Mention{Span: name.Span, Text: string(text[name.Start:name.End]), Type: "PERSON"})
			}
		}
	}
	if len(dropBoth)+len(dropPlace) == 0 {
		return withAdded(ms, added)
	}
	out := make([]doc.Mention, 0, len(ms)+len(added))
	for _, m := range ms {
		if !(dropBoth[m.Span] && (m.Type == "PERSON" || m.Type == "PROFESSION") || dropPlace[m.Span] && isPlaceType(m.Type)) {
			out = append(out, m)
		}
	}
	return sortedMentions(append(out, added...))
}
