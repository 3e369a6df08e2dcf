package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
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
// «Октябрьский» stands alone, before a capital («жители Октябрьского») or
// a conjunction («в Октябрьском и …»). NEREL v1.1 train: it drops 4 CITY
// mentions, none gold (two in «Октябрьского джамаата», an ORGANIZATION
// alone in gold; one in «в ноябрьском номере», a DATE).
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
		if !tokenize.StartsLower(next) || !r.likelyNounOrAdjective(next) {
			return false // «в Октябрьском и …»: a conjunction («и» has a letter's noun reading)
		}
		return r.agree(w, next) || r.agreeAdjectives(w, next)
	})
}

// likelyNounOrAdjective reports whether the dictionary's likeliest reading
// of w is a noun or a full adjective.
func (r *Refiner) likelyNounOrAdjective(w string) bool {
	ps := r.parse(w)
	return len(ps) > 0 && (ps[0].Tag.POS() == morph.NOUN || ps[0].Tag.POS() == morph.ADJF)
}

// monthDatesInNames drops a one-word DATE of an adjective of a month
// (monthAdjectives) that opens a longer ORGANIZATION: «пресс-служба
// Октябрьской железной дороги», where the recognizer nests the date «Октябрьской»
// in the railway's name. NEREL v1.1 train's DATE of a month's adjective
// are nested in a revolution's EVENT (5 of 5), never in an organization.
func (r *Refiner) monthDatesInNames(ms []doc.Mention) []doc.Mention {
	if !r.mayHave(monthAdjectives) {
		return ms
	}
	return without(ms, "DATE", func(m doc.Mention) bool {
		if strings.Contains(m.Text, " ") || !anyIn(r.facts(m.Text).lemmas, monthAdjectives) {
			return false
		}
		return slices.ContainsFunc(ms, func(o doc.Mention) bool {
			return o.Type == "ORGANIZATION" && o.Start == m.Start && o.End > m.End
		})
	})
}
