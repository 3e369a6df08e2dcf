package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// researchBodies are the lemmas of the nouns that open the name of a
// research or teaching body with a genitive phrase («Институт
// теоретической и экспериментальной физики», «Академия наук»).
var researchBodies = map[string]bool{"институт": true, "университет": true, "академия": true}

// maxGenitiveWords bounds the words of the genitive phrase of
// researchNames.
const maxGenitiveWords = 6

// researchNames adds an ORGANIZATION over a capitalized noun of a research
// or teaching body (researchBodies) inside a sentence that no mention
// covers and the genitive phrase after it: adjectives and nouns in the
// genitive, «и» between two of a kind, ending in a noun («сообщил
// Институт теоретической и экспериментальной физики», which the
// recognizer, thrown by the coordinated adjectives, leaves out). Not the
// first word of a sentence, where a capital tells nothing; not a plural
// («в ТОП лучших Университетов мира», the one case on NEREL train before
// the check); not a phrase without a noun. NEREL train and dev: no other
// occurrence (the recognizer finds the others).
func (r *Refiner) researchNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(researchBodies) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for k := 1; k+1 < len(toks); k++ {
			w := toks[k].Text
			if !tokenize.StartsUpper(w) || !r.singularNoun(w, researchBodies) || overlapsAny(ms, toks[k].Span) {
				continue
			}
			end := -1 // the last genitive noun
			for j := k + 1; j < len(toks) && j <= k+maxGenitiveWords; j++ {
				t := toks[j].Text
				if t == "и" && j > k+1 && j+1 < len(toks) && r.genitiveOf(toks[j-1].Text) == r.genitiveOf(toks[j+1].Text) && r.genitiveOf(t) == 0 {
					continue
				}
				pos := r.genitiveOf(t)
				if pos == 0 || !tokenize.StartsLower(t) {
					break
				}
				if pos == morph.NOUN {
					end = j
				}
			}
			if end < 0 {
				continue
			}
			sp := doc.Span{Start: toks[k].Start, End: toks[end].End}
			if overlapsAny(ms, sp) || overlapsAny(added, sp) {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	return withAdded(ms, added)
}

// singularNoun reports whether some reading of w is a singular noun whose
// lemma is in lemmas («Института» of researchBodies; not «Университетов
// мира», a plural, which is no name).
func (r *Refiner) singularNoun(w string, lemmas map[string]bool) bool {
	return slices.ContainsFunc(r.parse(w), func(p morph.Parse) bool {
		return p.Tag.POS() == morph.NOUN && p.Tag.Number() == morph.Sing && lemmas[fold(p.Normal)]
	})
}

// genitiveOf returns NOUN or ADJF when w has a genitive reading of that
// part of speech (a noun's first), 0 otherwise.
func (r *Refiner) genitiveOf(w string) morph.Grammeme {
	ps := r.parse(w)
	if slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Gent }) {
		return morph.NOUN
	}
	if slices.ContainsFunc(ps, func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF && p.Tag.Case() == morph.Gent }) {
		return morph.ADJF
	}
	return 0
}
