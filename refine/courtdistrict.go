package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// courtLemmas are the lemmas of a court's noun that courtDistricts looks
// for.
var courtLemmas = map[string]bool{"суд": true}

// courtDistricts retypes a one-word CITY mention of a capitalized
// adjective right before «суд» or «районный суд» to DISTRICT when no
// place the adjective may be made from is a town or other place the
// dictionary knows (townKeys, placeLemmas): «Мещанского районного суда»,
// «Басманный районный суд», the courts of a town's districts, where the
// recognizer reads the adjective a CITY in some forms and a DISTRICT in
// others. The adjective of a town stays: «Тюменский районный суд»,
// «Выборгском районном суде», «Кёльнского суда» (train's CITY). NEREL v1.1
// train tags the district's adjective in a Moscow court's name a DISTRICT
// 5 times (Хамовнический, Мещанский, Останкинском twice, Чертановский)
// and leaves it untagged 6 times, never a CITY.
func (r *Refiner) courtDistricts(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(courtLemmas) {
		return ms
	}
	cities := spansOf(ms, "CITY")
	if len(cities) == 0 {
		return ms
	}
	districts := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			t := toks[k]
			if cities[t.Span] && cyrillicName(t.Text) && r.courtAfter(toks, k) && r.capitalizedAdjective(t.Text) && !r.knownPlaceAdjective(t.Text) {
				districts[t.Span] = true
			}
		}
	}
	if len(districts) == 0 {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if m.Type == "CITY" && districts[m.Span] {
			return "DISTRICT"
		}
		return ""
	})
}

// courtAfter reports whether the token after toks[k] is a form of «суд»,
// or of «районный» before one, that agrees with toks[k].
func (r *Refiner) courtAfter(toks []doc.Token, k int) bool {
	n := k + 1
	if r.hasLemma(toks[n].Text, "районный") && n+1 < len(toks) {
		n++
	}
	return r.hasLemma(toks[n].Text, "суд") && r.agree(toks[k].Text, toks[n].Text)
}

// knownPlaceAdjective reports whether some place w's adjective readings
// may be made from (townKeys) is a place the dictionary knows.
func (r *Refiner) knownPlaceAdjective(w string) bool {
	for _, k := range r.townKeys(w) {
		if len(r.placeLemmas(k)) > 0 {
			return true
		}
	}
	return false
}
