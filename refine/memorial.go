package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// maxMemorialWords bounds the words from «памятник» to the person it is
// to («памятник изобретателю телевидения Владимиру Зворыкину»: three).
const maxMemorialWords = 5

// memorials adds a FACILITY from «памятник» to the end of the PERSON it is
// to, in the dative, with the words between («памятник создателю
// телевидения Владимиру Зворыкину», «памятнику Тарасу Шевченко»),
// dropping a FACILITY that starts at «памятник» and ends before: NEREL
// train has 12 of its 13 such phrases so (not «памятник Андрияну
// Николаеву»). The recognizer missed both of dev's (FACILITY 60.43 →
// 62.86); on train it adds the one left out.
func (r *Refiner) memorials(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	persons := longestEnds(ms, "PERSON")
	var added []doc.Mention
	short := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			if !anyIn(r.nounLemmas(toks[k].Text), memorialNouns) || (r.nounCases(toks[k+1].Text)|r.adjectiveCases(toks[k+1].Text))&datives == 0 {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+maxMemorialWords && tokenize.IsWord(toks[j].Text); j++ {
				if end := persons[toks[j].Start]; end > 0 {
					sp := doc.Span{Start: toks[k].Start, End: end}
					short[sp] = true
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "FACILITY"})
					break
				}
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		if m.Type != "FACILITY" {
			return false
		}
		for sp := range short {
			if m.Start == sp.Start && m.End <= sp.End {
				return true
			}
		}
		return false
	})
}

// memorialNouns are the lemmas of the nouns of a monument to a person.
var memorialNouns = map[string]bool{"памятник": true, "монумент": true}
