package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// landingAdjectiveStems are the stems of the adjectives that make a
// landing an incident: «экстренную посадку», «вынужденная посадка»,
// «аварийной посадки», «жесткой посадки» (a crash landing, twenty-fifth
// session).
var landingAdjectiveStems = []string{"экстренн", "вынужденн", "аварийн", "жестк", "жёстк"}

// landingForms are the forms of «посадка» (emergencyLandings asks the
// document for one first).
var landingForms = map[string]bool{"посадка": true, "посадки": true, "посадке": true, "посадку": true, "посадкой": true}

// emergencyLandings adds an EVENT for an emergency landing, the adjective
// and «посадка» («совершил экстренную посадку в аэропорту Толмачево»),
// where no mention covers the two words: the recognizer, which never saw
// one (NEREL v1.1 train and dev have none), leaves the incident of an
// aviation report out.
func (r *Refiner) emergencyLandings(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHaveWord(landingForms) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			if !landingForms[fold(toks[i].Text)] {
				continue
			}
			adj := fold(toks[i-1].Text)
			if !slices.ContainsFunc(landingAdjectiveStems, func(st string) bool { return strings.HasPrefix(adj, st) }) {
				continue
			}
			sp := doc.Span{Start: toks[i-1].Start, End: toks[i].End}
			if overlapsAny(ms, sp) {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
		}
	}
	return withAdded(ms, added)
}
