package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// instrumentalPrepositions govern the instrumental case, the case a
// surname's form may take after them («с Муром», «перед Муром»).
var instrumentalPrepositions = map[string]bool{"с": true, "со": true, "за": true, "над": true, "под": true, "перед": true, "между": true}

// obliqueSurnamePlace makes a one-word PERSON a CITY when the dictionary
// reads it as a place's name in the nominative («Муром») and as a person's
// name only in the instrumental («Муром» of the surname «Мур»), and no
// preposition that governs the instrumental stands before it: «31 июля
// Муром посетят журналисты» names the town. A word that is part of a
// longer person's name in the document (names) stays a person, as
// placeType leaves it. NEREL v1.1 dev has one such person, a CITY in
// gold; train none.
func (r *Refiner) obliqueSurnamePlace(toks []doc.Token, m doc.Mention, names []string) doc.Mention {
	if m.Type != "PERSON" || strings.ContainsAny(m.Text, " -.") {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 0 || first > 0 && instrumentalPrepositions[lowerCase(toks[first-1].Text)] {
		return m
	}
	lower := lowerCase(m.Text)
	for _, n := range names {
		if strings.HasPrefix(n, lower) || strings.HasPrefix(lower, n) {
			return m
		}
	}
	place, person := false, false
	for _, p := range r.parse(m.Text) {
		if p.Method() != morph.MethodDictionary {
			return m
		}
		switch {
		case p.Tag.Is(morph.Surn) || p.Tag.Is(morph.Name) || p.Tag.Is(morph.Patr):
			if p.Tag.Case() != morph.Ablt {
				return m
			}
			person = true
		case p.Tag.Is(morph.Geox) && p.Tag.Case() == morph.Nomn && p.Normal == lower:
			place = true
		}
	}
	if place && person {
		m.Type = "CITY"
	}
	return m
}
