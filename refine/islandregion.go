package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// islandRegions are the lemmas of islands and peninsulas that are, or
// hold, a region of their own, and of their adjectives: «посетил Сахалин»,
// «на Камчатке», «в Сахалинском центре цунами», which the recognizer reads
// as towns. NEREL v1.1 train tags such a name alone a
// STATE_OR_PROVINCE (Крым 12 times, Сицилия, Тайвань: 14 of 14; the three
// LOCATION of Крым follow «полуостров», which anchoredTypes reads).
var islandRegions = map[string]bool{
	"сахалин": true, "камчатка": true, "чукотка": true, "крым": true, "ямал": true, "таймыр": true,
	"сицилия": true, "сардиния": true, "корсика": true, "тасмания": true, "гренландия": true,
	"сахалинский": true, "камчатский": true, "чукотский": true, "крымский": true,
}

// islandRegion makes a one-word CITY of islandRegions a STATE_OR_PROVINCE.
func (r *Refiner) islandRegion(m doc.Mention) doc.Mention {
	if m.Type != "CITY" || strings.ContainsAny(m.Text, " -") || !r.mayHave(islandRegions) || !anyIn(r.facts(m.Text).lemmas, islandRegions) {
		return m
	}
	m.Type = "STATE_OR_PROVINCE"
	return m
}

// museumNames are the lemmas of the one-word names of museums: «в
// Эрмитаже», which the recognizer reads as a town. NEREL v1.1 train tags a
// museum an ORGANIZATION (Эрмитаж 1 of 1, Русский музей 2 of 3; the theatres
// 3 of 4).
var museumNames = map[string]bool{
	"эрмитаж": true, "лувр": true, "прадо": true, "уффици": true, "кунсткамера": true, "третьяковка": true,
	"пинакотека": true, "рейксмюсеум": true,
}

// museumName makes a one-word place or facility mention of museumNames an
// ORGANIZATION.
func (r *Refiner) museumName(m doc.Mention) doc.Mention {
	if !isPlaceType(m.Type) && m.Type != "FACILITY" || strings.ContainsAny(m.Text, " -") || !r.mayHave(museumNames) ||
		!anyIn(r.facts(m.Text).lemmas, museumNames) {
		return m
	}
	m.Type = "ORGANIZATION"
	return m
}
