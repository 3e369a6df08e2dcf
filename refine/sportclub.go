package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// sportAdjectiveLemmas are the lemmas (fold) of the adjectives of a team
// sport, which open a club's mention: «баскетбольный ЦСКА».
var sportAdjectiveLemmas = map[string]bool{"футбольный": true, "хоккейный": true, "баскетбольный": true,
	"волейбольный": true, "гандбольный": true, "регбийный": true}

// sportClubProfessions drops a PROFESSION mention that is a sport's
// adjective and, right after it, an ORGANIZATION mention: «Баскетбольный
// ЦСКА в пятницу проиграл» names the club, no post (the recognizer reads
// the adjective as «баскетболист»). NEREL v1.1 train and dev hold no sport
// adjective before an organization's name, so the rule changes nothing
// there; a post after the adjective («футбольный тренер») has no
// organization and stays.
func (r *Refiner) sportClubProfessions(ms []doc.Mention) []doc.Mention {
	if !r.mayHave(sportAdjectiveLemmas) {
		return ms
	}
	return without(ms, "PROFESSION", func(m doc.Mention) bool {
		first, _, ok := strings.Cut(m.Text, " ")
		if !ok || !tokenStartsOrg(ms, m) {
			return false
		}
		for _, l := range r.facts(first).lemmas {
			if sportAdjectiveLemmas[l] {
				return true
			}
		}
		return false
	})
}

// tokenStartsOrg reports whether an ORGANIZATION mention of ms runs from
// the word after the first of m to m's end.
func tokenStartsOrg(ms []doc.Mention, m doc.Mention) bool {
	i := strings.IndexByte(m.Text, ' ')
	if i < 0 {
		return false
	}
	start := m.Start + len([]rune(m.Text[:i])) + 1
	return hasType(ms, doc.Span{Start: start, End: m.End}, "ORGANIZATION")
}
