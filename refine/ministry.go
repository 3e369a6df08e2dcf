package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// ministryLemmas are the lemmas of the noun of a government ministry.
var ministryLemmas = map[string]bool{"министерство": true}

// unnamedMinistries adds the organization of a ministry's noun, what it
// deals with in lower-case genitive phrases joined by «и» or commas, and
// the country (or region) it is of, when the recognizer found no
// organization over the noun: «Госкорпорация „Росатом“ и министерство
// промышленности и торговли Вьетнама подписали меморандум» (the
// recognizer had only «Вьетнама»). It adds the ministry without the place
// too («министерство промышленности и торговли»), as NEREL nests it and as
// the recognizer gives it where it finds the name («министерство обороны
// Индии», «министерство обороны»). A phrase naming a post or a body
// («министерства и ведомства») stops it.
func (r *Refiner) unnamedMinistries(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(ministryLemmas) {
		return ms
	}
	places := map[int]int{} // start → end of the COUNTRY and STATE_OR_PROVINCE mentions
	for _, m := range ms {
		if m.Type == "COUNTRY" || m.Type == "STATE_OR_PROVINCE" {
			places[m.Start] = max(places[m.Start], m.End)
		}
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+2 < len(toks); i++ {
			if !anyIn(r.nounLemmas(toks[i].Text), ministryLemmas) || insideOf(ms, toks[i].Span, "ORGANIZATION") {
				continue
			}
			end, ok := r.lowerPhrase(toks, i+1, genitives)
			for ok && end+2 < len(toks) && (toks[end+1].Text == "и" || toks[end+1].Text == ",") {
				next, more := r.lowerPhrase(toks, end+2, genitives)
				if !more {
					break
				}
				end = next
			}
			if !ok || r.postOrBody(toks[end].Text) || end+1 >= len(toks) {
				continue
			}
			placeEnd, isPlace := places[toks[end+1].Start]
			if !isPlace {
				continue
			}
			for _, sp := range []doc.Span{{Start: toks[i].Start, End: placeEnd}, {Start: toks[i].Start, End: toks[end].End}} {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
			}
			i = end
		}
	}
	return withAdded(ms, added)
}
