package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// namedGenocides makes a capitalized «Геноцид» and the people after it, a
// plural noun in the genitive, one EVENT, the name of a historical
// genocide: «помнили о Геноциде армян» (read as a LOCATION), «спасаясь от
// Геноцида армян» (the word alone read as a CRIME). NEREL tags the
// capitalized name an EVENT in all its 6 cases of train and dev; the lower
// case «геноцид» of a charge («признан виновным в геноциде») is a CRIME
// and is not touched. Mentions of another type over the word or the name
// are dropped.
func (r *Refiner) namedGenocides(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	drop := map[doc.Span]bool{} // (the word and the name, of another type)
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !tokenize.IsUpper(firstRune(toks[i].Text)) || !slices.Contains(r.nounLemmas(toks[i].Text), "геноцид") || !r.pluralGenitive(toks[i+1].Text) {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[i+1].End}
			if hasType(ms, sp, "EVENT") {
				continue
			}
			drop[sp], drop[toks[i].Span] = true, true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] })
}

// pluralGenitive reports whether some reading of w is a plural noun in the
// genitive («армян», «греков»).
func (r *Refiner) pluralGenitive(w string) bool {
	return slices.ContainsFunc(r.parse(w), func(p morph.Parse) bool {
		return p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Plur) && p.Tag.Case() == morph.Gent
	})
}
