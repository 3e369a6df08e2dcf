package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
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
	for _, p := range r.parse(m.Text) {
		if p.Tag.POS() != morph.ADJF {
			continue
		}
		place := fold(names.AdjectivePlace(r.A, fold(p.Normal)))
		if !strings.HasSuffix(place, "ск") || countries[place] {
			continue
		}
		for _, q := range r.parse(place) {
			if q.Method() == morph.MethodDictionary && q.Tag.POS() == morph.NOUN && q.Tag.Is(morph.Geox) {
				m.Type = "CITY"
				return m
			}
		}
	}
	return m
}
