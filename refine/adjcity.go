package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// placeAfter are the prepositions of place before «армянском Гаваре».
var placeAfter = map[string]bool{"в": true, "во": true, "на": true, "из": true, "под": true}

// adjectiveCities makes a one-word PERSON after a preposition of place and
// a lower-case adjective of a country (a NATIONALITY or COUNTRY mention) a
// CITY, and the adjective a COUNTRY: «перестрелке в армянском Гаваре»,
// where the recognizer read a town it did not know as a person. A person
// is not «в» somewhere-adjective; NEREL train has 8 such adjectives before
// a city («в канадском Галифаксе», «в мексиканском Канкуне»), all COUNTRY,
// and tags the city after them a CITY every time.
func adjectiveCities(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	var at map[doc.Span]int // (index of the last mention of each span, made at the first candidate)
	for _, s := range sents {
		toks := s.Tokens
		for i := 2; i < len(toks); i++ {
			if !tokenize.StartsLower(toks[i-1].Text) || !cyrillicName(toks[i].Text) || !placeAfter[lowerCase(toks[i-2].Text)] {
				continue
			}
			if at == nil {
				at = make(map[doc.Span]int, len(ms))
				for k, m := range ms {
					at[m.Span] = k
				}
			}
			adj, ok1 := at[toks[i-1].Span]
			person, ok2 := at[toks[i].Span]
			if !ok1 || !ok2 || ms[adj].Type != "NATIONALITY" && ms[adj].Type != "COUNTRY" || strings.Contains(ms[adj].Text, "-") || ms[person].Type != "PERSON" {
				continue
			}
			out = own(out, ms)
			out[adj].Type, out[person].Type = "COUNTRY", "CITY"
			ms = out
		}
	}
	if out == nil {
		return ms
	}
	return out
}
