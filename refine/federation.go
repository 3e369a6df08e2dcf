package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// federationNames makes an ORGANIZATION of a capitalized «Федерация»
// followed by a lower-case genitive complement (genitiveComplement: its
// sport), an optional «на» and a lower-case word («на коньках», «на
// льду»), and a place's name in the genitive (genitivePlace): «Федерации
// лыжных гонок России», «Федерация фигурного катания на коньках России».
// The words of the sport that another mention covers inside the name go
// (the recognizer reads «гонок России» as an EVENT and «Федерации» as the
// country), the place stays nested, and a shorter organization from the
// same start gives way to the whole. In NEREL v1.1 train 64 of 66 gold
// organizations with «федерация» are already found; the rule adds none
// there and finds the sports federations named after an event noun.
func (r *Refiner) federationNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(nil, "федерация") {
		return ms
	}
	var added []doc.Mention
	heads := map[doc.Span]bool{} // the nouns «Федерация» of the names added
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !tokenize.StartsUpper(t.Text) || !strings.HasPrefix(fold(t.Text), "федераци") {
				continue
			}
			k := r.genitiveComplement(toks, i+1)
			if k < 0 {
				continue
			}
			if k+2 < len(toks) && toks[k+1].Text == "на" && tokenize.StartsLower(toks[k+2].Text) && tokenize.IsWord(toks[k+2].Text) {
				k += 2
			}
			if k+1 >= len(toks) || !r.genitivePlace(toks[k+1].Text) {
				continue
			}
			sp := doc.Span{Start: t.Start, End: toks[k+1].End}
			if !hasType(ms, sp, "ORGANIZATION") {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
				heads[t.Span] = true
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		if heads[m.Span] {
			return true // «Федерации» read as the country
		}
		for _, a := range added {
			if a.Contains(m.Span) && a.Span != m.Span && !isPlaceType(m.Type) {
				return true
			}
		}
		return false
	})
}
