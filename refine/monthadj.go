package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// monthAdjectives are the lemmas of the adjectives of months, which name
// a month, a revolution or a holiday, and only by way of them a town
// («Октябрьский», «Майский»).
var monthAdjectives = map[string]bool{"январский": true, "февральский": true, "мартовский": true, "апрельский": true,
	"майский": true, "июньский": true, "июльский": true, "августовский": true, "сентябрьский": true,
	"октябрьский": true, "ноябрьский": true, "декабрьский": true}

// monthAdjectiveTowns drops a one-word CITY of an adjective of a month
// (monthAdjectives) that agrees with the lower-case word after it, a noun
// or an adjective: «Октябрьская железная дорога», «Октябрьской
// революции», «Октябрьском районе», where the adjective names the month's
// event, not the town «Октябрьск» the canonicalizer makes of it. A town
// «Октябрьский» stands alone or before a capital («жители Октябрьского»).
func (r *Refiner) monthAdjectiveTowns(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(monthAdjectives) {
		return ms
	}
	return without(ms, "CITY", func(m doc.Mention) bool {
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last != first || last+1 >= len(toks) || !anyIn(r.facts(toks[first].Text).lemmas, monthAdjectives) {
			return false
		}
		w, next := toks[first].Text, toks[last+1].Text
		return tokenize.StartsLower(next) && (r.agree(w, next) || r.agreeAdjectives(w, next))
	})
}
