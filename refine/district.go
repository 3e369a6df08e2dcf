package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// districtHeads are the lemmas of the nouns of a town's part that a
// district's name follows in apposition.
var districtHeads = map[string]bool{"район": true, "микрорайон": true}

// districtName reports whether a mention's text is a one-word name in the
// nominative (a nominative reading and no genitive one, or an unknown word
// ending in a consonant) right after a form of «район» or «микрорайон» (its
// lemmas), and not a place the dictionary knows: «в микрорайоне Затон»,
// «в районе Стретем», a DISTRICT, where a name in the genitive is the
// town the district belongs to («района Москвы», «район Бостона», CITY).
// In NEREL v1.1 train the six names so placed (Манхэттен, Вестминстер,
// Горгорай, Стретем twice, Фатих) are all DISTRICT, as the recognizer
// found them, and the genitives of its 14 CITY after «район» fail the test
// («Бостона») or are places the dictionary knows; in dev the recognizer
// read «Затон» as a CITY.
func (r *Refiner) districtName(lemmas []string, text string) bool {
	if !anyIn(lemmas, districtHeads) || strings.ContainsRune(text, ' ') || !tokenize.StartsUpper(text) || !cyrillicName(text) {
		return false
	}
	return (r.nominativeOnly(text) || consonantEnd(text)) && !r.placeWord(text)
}

// namedDistricts adds a DISTRICT for a capitalized adjective followed by a
// form of «район» it agrees with («в Советском районе», «Московского
// района»), unless one is there, and drops a place mention of the adjective
// alone (the recognizer read «Советского района» as the COUNTRY
// «Советского»). NEREL v1.1 train tags all 29 such phrases as one
// DISTRICT (the recognizer found 28); dev all 5 (the recognizer missed 2).
func (r *Refiner) namedDistricts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	have := spansOf(ms, "DISTRICT")
	for _, s := range sents {
		toks := s.Tokens
		for k := 1; k < len(toks); k++ {
			if !foldPrefix(toks[k].Text, "район") || !adjacent(toks[k-1], toks[k]) || !cyrillicName(toks[k-1].Text) {
				continue
			}
			if !r.capitalizedAdjective(toks[k-1].Text) || !r.agree(toks[k-1].Text, toks[k].Text) {
				continue
			}
			sp := doc.Span{Start: toks[k-1].Start, End: toks[k].End}
			if have[sp] {
				continue
			}
			have[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "DISTRICT"})
			drop[doc.Span{Start: toks[k-1].Start, End: toks[k-1].End}] = true
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && isPlaceType(m.Type) })
}
