package refine

import (
	"strings"

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
