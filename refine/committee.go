package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// committeeLemmas are the lemmas of the noun of a committee.
var committeeLemmas = map[string]bool{"комитет": true}

// unnamedCommittees adds the ORGANIZATION of a capitalized committee's
// noun, «по» and what it deals with in lower-case dative phrases joined by
// «и» or commas, each with the genitive phrase it may govern, when the
// recognizer found no organization over the noun: «Комитет по
// строительству Санкт-Петербурга», «Комитет по градостроительству и
// архитектуре». With the place in the genitive right after it, it adds
// the committee without the place too, nested, as unnamedMinistries does.
// A phrase naming a post or a body stops it.
func (r *Refiner) unnamedCommittees(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(committeeLemmas) {
		return ms
	}
	places := map[int]int{} // start → end of the place mentions
	for _, m := range ms {
		if isPlaceType(m.Type) {
			places[m.Start] = max(places[m.Start], m.End)
		}
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !tokenize.StartsUpper(toks[i].Text) || fold(toks[i+1].Text) != "по" || !anyIn(r.nounLemmas(toks[i].Text), committeeLemmas) || insideOf(ms, toks[i].Span, "ORGANIZATION") {
				continue
			}
			end, ok := r.duties(toks, i+2)
			for ok && end+2 < len(toks) && (toks[end+1].Text == "и" || toks[end+1].Text == ",") {
				next, more := r.duties(toks, end+2)
				if !more {
					break
				}
				end = next
			}
			if !ok {
				continue
			}
			sp := doc.Span{Start: toks[i].Start, End: toks[end].End}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			if end+1 < len(toks) {
				if pe, isPlace := places[toks[end+1].Start]; isPlace && r.maybeGenitivePlace(toks[end+1].Text) {
					added = append(added, doc.Mention{Span: doc.Span{Start: sp.Start, End: pe}, Text: string(text[sp.Start:pe]), Type: "ORGANIZATION"})
				}
			}
			i = end
		}
	}
	return withAdded(ms, added)
}

// duties returns the last token of a lower-case dative phrase from
// toks[k] on and of the genitive phrase it may govern («делам» +
// «молодежи»), when neither names a post or a body.
func (r *Refiner) duties(toks []doc.Token, k int) (int, bool) {
	end, ok := r.lowerPhrase(toks, k, datives)
	if !ok || r.postOrBody(toks[end].Text) {
		return 0, false
	}
	if gen, more := r.lowerPhrase(toks, end+1, genitives); more && !r.postOrBody(toks[gen].Text) {
		end = gen
	}
	return end, true
}
