package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// termLinks are the words between a punishment and the length of its term:
// «лишение свободы на срок до двух лет», «сроком на 6 месяцев», «арест на
// 10 суток».
var termLinks = [][]string{{"на", "срок"}, {"сроком", "на"}, {"сроком"}, {"на"}}

// termOpeners are the prepositions a term's DATE opens with when no link
// stands before it: «лишение свободы» + «до трёх лет».
var termOpeners = map[string]bool{"до": true, "от": true, "на": true}

// penaltyPlaces are the lemmas of the places a sentence is served in: «в
// колонии около года», «в тюрьме несколько десятков лет» tell how long
// one was there, no punishment of that length.
var penaltyPlaces = map[string]bool{"тюрьма": true, "колония": true, "сизо": true, "изолятор": true}

// penaltyDurations adds, for a PENALTY followed by the DATE of its term
// after one of termLinks, or right after it when the DATE opens with
// «до», «от» or «на», the PENALTY over both, keeping both: «лишение
// свободы» + «до трёх лет» → «лишение свободы до трёх лет», «ограничения
// свободы на два года». The term is a length (its last word a unit of
// time, termUnits), not a date («приговорён к смерти в 2007»), and the
// punishment no place of serving it (penaltyPlaces). NEREL train has the
// longer PENALTY in 12 of its 13 such phrases (the other left untagged
// where the same text tags the next one whole), and the parts inside.
func (r *Refiner) penaltyDurations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	dates, have := longestEnds(ms, "DATE"), spansOf(ms, "PENALTY")
	var added []doc.Mention
	for _, m := range ms {
		if m.Type != "PENALTY" {
			continue
		}
		toks, f, l := tokensOf(sents, m)
		if f < 0 || l < 0 || l+1 >= len(toks) || anyIn(r.nounLemmas(toks[l].Text), penaltyPlaces) {
			continue
		}
		for _, link := range append(termLinks, nil) {
			k := l + 1
			for _, w := range link {
				if k < len(toks) && strings.EqualFold(toks[k].Text, w) {
					k++
				} else {
					k = -1
					break
				}
			}
			if k < 0 || k >= len(toks) || dates[toks[k].Start] == 0 || link == nil && !termOpeners[strings.ToLower(toks[k].Text)] {
				continue
			}
			end := dates[toks[k].Start]
			if _, last := mentionTokens(toks, doc.Mention{Span: doc.Span{Start: toks[k].Start, End: end}}); last < 0 || !hasAnyPrefix(toks[last].Text, termUnits) {
				break
			}
			sp := doc.Span{Start: m.Start, End: end}
			if !have[sp] {
				have[sp] = true
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PENALTY"})
			}
			break
		}
	}
	return withAdded(ms, added)
}
