package relation

import "github.com/factgraph/factgraph/doc"

// placeNameSentences bounds how many sentences apart AltNames links two
// names of one country or city.
const placeNameSentences = 3

// farPlaceName reports whether the earlier name h of a country or city
// stands more than placeNameSentences sentences before its later name t
// («России» in the lead, «РФ» in the seventh sentence after it): NEREL
// links a place's new name to one named near it, and leaves it unlinked
// (or links a nearer mention) when the other name is far back. On NEREL
// v1.1 train with gold entities, such pairs AltNames made were right in 27
// of 102 (countries 19 of 76, cities 8 of 26; 26 %, below the 43 % at which
// an added relation raises train's micro F1 of 86), in 3 of 13 on dev.
func farPlaceName(sents []doc.Sentence, h, t doc.Mention) bool {
	if t.Type != "COUNTRY" && t.Type != "CITY" {
		return false
	}
	a, b := doc.SentenceOf(sents, h.Span), doc.SentenceOf(sents, t.Span)
	return a >= 0 && b >= 0 && b-a > placeNameSentences
}
