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
	dates := longestEnds(ms, "DATE")
	return penaltyRunOns(text, sents, ms, dates, termLinks, func(toks []doc.Token, l, k int, link []string) bool {
		if link == nil && !termOpeners[lowerCase(toks[k].Text)] || anyIn(r.nounLemmas(toks[l].Text), penaltyPlaces) {
			return false
		}
		_, last := mentionTokens(toks, doc.Mention{Span: doc.Span{Start: toks[k].Start, End: dates[toks[k].Start]}})
		return last >= 0 && hasAnyPrefix(toks[last].Text, termUnits)
	})
}

// afterWords returns the index of the token after the words of link (any
// case of letters) read from toks[k], or -1 where they are not there.
func afterWords(toks []doc.Token, k int, link []string) int {
	for _, w := range link {
		if k >= len(toks) || !strings.EqualFold(toks[k].Text, w) {
			return -1
		}
		k++
	}
	return k
}
