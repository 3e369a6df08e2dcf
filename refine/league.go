package refine

import (
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// leagueStems open the case forms of the nouns that name a national
// sports league by itself: «премьер-лиги», «Суперлиге».
var leagueStems = []string{"премьер-лиг", "суперлиг", "евролиг"}

// leagueNames makes a noun of leagueStems an ORGANIZATION, run back over
// an adjective before it that agrees with it («российской премьер-лиги»,
// «английской премьер-лиге», «китайской Суперлиге»: NEREL v1.1 tags each
// of its 6 such nouns so, with the adjective). An organization already
// covering the noun stays; a place read in the adjective stays nested,
// and other mentions of the noun or the adjective and noun go.
func (r *Refiner) leagueNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !leagueNoun(t.Text) || insideOf(ms, t.Span, "ORGANIZATION") {
				continue
			}
			sp := t.Span
			if i > 0 && r.anyAdjective(toks[i-1].Text) && r.agree(toks[i-1].Text, t.Text) {
				sp.Start = toks[i-1].Start
			}
			drop[t.Span], drop[sp] = true, true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		}
	}
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] })
}

// leagueNoun reports whether w is a case form of a noun of leagueStems:
// it opens with one in any case (foldPrefix, no lower-cased copy of every
// word of the text) and runs at most two letters further.
func leagueNoun(w string) bool {
	for _, s := range leagueStems {
		if foldPrefix(w, s) && utf8.RuneCountInString(w) <= utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	return false
}
