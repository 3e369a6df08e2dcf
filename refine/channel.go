package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// ordinalChannels makes a capitalized ordinal adjective right before a
// form of «канал» one ORGANIZATION with it, a television channel named by
// its number («Первый канал отменил победу …», «на Пятом канале»), in
// place of the ORDINAL the recognizer made of the adjective. NEREL train
// tags all 4 of its «Первый канал» so (2 with the ORDINAL nested, 2
// without); the recognizer tagged dev's 4, which have no ORDINAL, an
// ORDINAL alone.
func (r *Refiner) ordinalChannels(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !tokenize.StartsUpper(toks[i].Text) || !tokenize.StartsLower(toks[i+1].Text) || !r.ordinalAdjective(toks[i].Text) ||
				!anyIn(r.nounLemmas(toks[i+1].Text), map[string]bool{"канал": true}) {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[i+1].End}
			drop[toks[i].Span] = true
			if !coveredBy(ms, sp) {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "ORDINAL" && drop[m.Span] })
}

// ordinalAdjective reports whether w has an ordinal adjective reading
// («Первый», «Пятом»).
func (r *Refiner) ordinalAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && p.Tag.Is(morph.Anum) {
			return true
		}
	}
	return false
}
