package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// townAdjectiveType makes a one-word COUNTRY mention a CITY when it is an
// adjective made from the name of a town in -ск that the dictionary knows
// as a place's (names.AdjectivePlace; no country's): «Иркутским
// государственным университетом» gave the COUNTRY «Иркутским» (named
// Иркутск), a city. Such names are towns' (Иркутск, Томск, Омск,
// Новосибирск), none a state's.
func (r *Refiner) townAdjectiveType(m doc.Mention) doc.Mention {
	if m.Type != "COUNTRY" || strings.Contains(m.Text, " ") || r.country(m.Text) || r.countryAdjectiveName(m.Text) {
		return m
	}
	if r.townNameAdjective(m.Text) {
		m.Type = "CITY"
	}
	return m
}

// townNameAdjective reports whether w is an adjective made from the name of a
// town in -ск that the dictionary knows as a place's (names.AdjectivePlace;
// no country's): Иркутский, Ульяновский.
func (r *Refiner) townNameAdjective(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.ADJF {
			continue
		}
		place := fold(names.AdjectivePlace(r.A, fold(p.Normal)))
		if !strings.HasSuffix(place, "ск") || countries[place] {
			continue
		}
		for _, q := range r.parse(place) {
			if q.Method() == morph.MethodDictionary && q.Tag.POS() == morph.NOUN && q.Tag.Is(morph.Geox) {
				return true
			}
		}
	}
	return false
}

// townAdjectiveOpenings makes a CITY a one-word STATE_OR_PROVINCE mention
// that opens an ORGANIZATION mention, a capitalized adjective of a town in
// -ск (townNameAdjective): «Ульяновский механический завод» is the town's
// plant. NEREL v1.1 train tags the place adjectives that open an
// organization's name CITY 111 times and STATE_OR_PROVINCE 22, 21 of them
// adjectives of regions with no such town (Массачусетского,
// Калифорнийского, Татарского), the other a region's body
// («Брянской областной думы»: regionLevel).
func (r *Refiner) townAdjectiveOpenings(ms []doc.Mention) []doc.Mention {
	return retyped(ms, func(m doc.Mention) string {
		if m.Type != "STATE_OR_PROVINCE" || strings.Contains(m.Text, " ") || !tokenize.StartsUpper(m.Text) {
			return ""
		}
		k := slices.IndexFunc(ms, func(o doc.Mention) bool { return o.Type == "ORGANIZATION" && o.Start == m.Start && o.End > m.End })
		if k < 0 || regionLevel(ms[k].Text) || !r.townNameAdjective(m.Text) {
			return ""
		}
		return "CITY"
	})
}

// regionLevelPrefixes open the adjectives of a region's level
// («областной», «краевой», «окружной», «губернский»). Folded.
var regionLevelPrefixes = []string{"областн", "краев", "окружн", "губернск"}

// regionLevel reports whether the second word of name is an adjective of
// regionLevelPrefixes: «Брянская областная дума» is the region's, not the
// town's.
func regionLevel(name string) bool {
	words := fields(name)
	if len(words) < 2 {
		return false
	}
	w := fold(words[1])
	return slices.ContainsFunc(regionLevelPrefixes, func(p string) bool { return strings.HasPrefix(w, p) })
}
