package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// numberedCrews adds an ORGANIZATION over an ORDINAL written in digits, the
// lower-case adjectives after it and a crew's noun (crewNouns): «командир
// 13-й долговременной экспедиции», where the recognizer found the ordinal
// alone (factRuEval dev twice, an organization there). NEREL train tags
// numbered units so («15-м экипажем МКС», «14-о экипажа МКС», «58-й армии»)
// and an expedition an ORGANIZATION in 3 of its 4 mentions (the other an
// EVENT with no number).
func (r *Refiner) numberedCrews(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for i := range ms {
		m := &ms[i]
		if m.Type != "ORDINAL" || m.Start >= m.End || !unicode.IsDigit(text[m.Start]) {
			continue
		}
		toks := sentenceTokens(sents, *m)
		_, last := mentionTokens(toks, *m)
		if last < 0 {
			continue
		}
		for k := last + 1; k < len(toks) && k-last <= 3; k++ {
			w := toks[k].Text
			if !tokenize.IsLower(firstRune(w)) {
				break
			}
			if anyIn(r.nounLemmas(w), crewNouns) {
				sp := doc.Span{Start: m.Start, End: toks[k].End}
				if !startsOver(ms, sp, "ORGANIZATION") {
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
				}
				break
			}
			if r.likeliest(w) != morph.ADJF {
				break
			}
		}
	}
	return withAdded(ms, added)
}

// crewNouns are the lemmas of the nouns of a numbered crew of a space
// station or a ship, and of a numbered military unit: «ветераны 13-й
// гвардейской стрелковой дивизии» (NEREL train and dev tag all 4 such
// units an ORGANIZATION from the ordinal: «79-й николаевской десантной
// бригады», «2-й гвардейской армии»). Not «корпус», a building's too
// («в 3-м корпусе больницы»).
var crewNouns = map[string]bool{"экспедиция": true, "экипаж": true,
	"армия": true, "дивизия": true, "бригада": true, "полк": true, "флот": true, "батальон": true,
	"эскадрилья": true, "фронт": true, "отряд": true, "рота": true, "батарея": true, "дивизион": true}
