package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// numberedWorks are the lemmas of the kinds of musical work named by a
// capitalized ordinal inside a sentence («Девятая симфония Шуберта»).
var numberedWorks = map[string]bool{"симфония": true, "соната": true}

// ordinalChannels makes a capitalized ordinal adjective right before a
// form of «канал» one ORGANIZATION with it, a television channel named by
// its number («Первый канал отменил победу …», «на Пятом канале»), in
// place of the ORDINAL the recognizer made of the adjective. NEREL train
// tags all 4 of its «Первый канал» so (2 with the ORDINAL nested, 2
// without); the recognizer tagged dev's 4, which have no ORDINAL, an
// ORDINAL alone. Likewise, past a sentence's first word, a capitalized
// ordinal before a form of a numberedWorks noun is one WORK_OF_ART with
// it, the ORDINAL kept nested: «а также Девятая симфония Шуберта» (NEREL
// train 1 of 1, dev 1 of 1; a lower-case «первую симфонию» is none).
func (r *Refiner) ordinalChannels(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(numberedWorks, "канал") {
		return ms // (the noun after the ordinal needs one of these lemmas)
	}
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !tokenize.StartsUpper(toks[i].Text) || !tokenize.StartsLower(toks[i+1].Text) || !r.ordinalAdjective(toks[i].Text) {
				continue
			}
			typ := ""
			switch lemmas := r.nounLemmas(toks[i+1].Text); {
			case anyIn(lemmas, map[string]bool{"канал": true}):
				typ = "ORGANIZATION"
				drop[toks[i].Span] = true
			case i > 0 && anyIn(lemmas, numberedWorks):
				typ = "WORK_OF_ART"
			default:
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[i+1].End}
			if !coveredBy(ms, sp) {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: typ})
			}
		}
	}
	if len(drop) == 0 {
		return withAdded(ms, added)
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
