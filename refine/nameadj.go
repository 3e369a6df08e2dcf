package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// nameAdjectiveTypes are the place types whose capitalized adjective
// nameAdjectivePlaces adds with the type of the place's mention.
// Not DISTRICT: train nests a district's adjective in a district court's
// name («Хамовнический суд») but not in others («Голливудская актриса»).
var nameAdjectiveTypes = map[string]bool{"CITY": true, "STATE_OR_PROVINCE": true, "COUNTRY": true, "LOCATION": true}

// nameAdjectivePlaces adds, for a capitalized full adjective made from the
// name of a place the same text has as a mention (names.AdjectivePlace,
// read by placeAdjectiveOf), a mention of the place's type over the
// adjective, when no place covers it: «Иллинойсском университете» with
// «в Иллинойсе» (a STATE_OR_PROVINCE), «Чернобыльской АЭС» with «в
// Чернобыле» (a CITY). NEREL nests the place of a capitalized adjective
// opening the name of an organization, a building or an event (train: 108
// CITY, 74 COUNTRY, 21 STATE_OR_PROVINCE, 17 LOCATION of such adjectives);
// the recognizer misses those of places it saw little of. Not before a
// noun of a region or of time (cityAdjectiveHeads: «Московской области»
// is a region of its own), nor over a place, NATIONALITY, MONEY, PERSON or
// LANGUAGE mention (ner25: «Русский язык …» opening a sentence of a text
// with «на острове Русский» is the language).
func (r *Refiner) nameAdjectivePlaces(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var nouns, adjs map[string]string // (the places of the nouns, and of the adjectives, of place mentions)
	for _, m := range ms {
		if !nameAdjectiveTypes[m.Type] || !tokenize.StartsUpper(m.Text) {
			continue
		}
		if nouns == nil {
			nouns, adjs = map[string]string{}, map[string]string{}
		}
		nouns[fold(m.Text)] = m.Type
		if strings.Contains(m.Text, " ") {
			for _, w := range fields(m.Text) { // («Республики Татарстан»: Татарстан)
				for _, p := range r.parse(w) {
					if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Geox) && tokenize.StartsUpper(w) {
						nouns[fold(p.Normal)] = m.Type
					}
				}
			}
			continue
		}
		for _, p := range r.parse(m.Text) {
			switch p.Tag.POS() {
			case morph.NOUN:
				nouns[fold(p.Normal)] = m.Type
			case morph.ADJF: // (the place of an adjective mention: «Польское» of «Польское радио», Польша)
				if place := names.AdjectivePlace(r.A, fold(p.Normal)); place != "" {
					adjs[fold(place)] = m.Type
				}
			}
		}
	}
	if nouns == nil {
		return ms
	}
	ms = r.adjectiveTypes(ms, nouns)
	places := func(s string) string {
		if t := nouns[s]; t != "" {
			return t
		}
		return adjs[s]
	}
	known := func(s string) bool { return places(s) != "" }
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for k, t := range toks {
			if !cyrillicName(t.Text) || k > 0 && strings.ContainsAny(toks[k-1].Text, "0123456789") {
				continue // (not an acronym, nor a street's name after its number: «ул. 1-я Останкинская»)
			}
			// (the adjective's place first, remembered by form: the scans
			// of the mentions below are for the few words that have one)
			place, ok := r.placeAdjectiveOf(t.Text, known)
			if !ok || overlapsPlace(ms, t.Span) {
				continue
			}
			if slices.ContainsFunc(ms, func(m doc.Mention) bool {
				return (m.Type == "PERSON" || m.Type == "LANGUAGE") && m.Start < t.End && t.Start < m.End
			}) {
				continue // (a name's word: «Гданьский Иван»; a language's: «Русский язык» with «на острове Русский»)
			}
			if k+1 < len(toks) && anyIn(r.nounLemmas(toks[k+1].Text), cityAdjectiveHeads) {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: places(place)})
		}
	}
	return withAdded(ms, added)
}

// adjectiveTypes retypes a one-word place mention that is an adjective of
// a place the text names with a noun (nouns: the places, folded, of the
// place mentions that are nouns, with their types) with that place's
// type: «татарстанские следователи», read as a COUNTRY, with «Республики
// Татарстан» a STATE_OR_PROVINCE; «Карельской государственной
// филармонии», read as a CITY, with «Карелии» one. Only a COUNTRY is
// retyped, or a mention whose place is a STATE_OR_PROVINCE: the adjective
// of a town's name names its region as often («Брянской областной думой»
// with «Брянске», train's STATE_OR_PROVINCE).
func (r *Refiner) adjectiveTypes(ms []doc.Mention, nouns map[string]string) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		if !nameAdjectiveTypes[m.Type] || strings.ContainsAny(m.Text, " -") {
			continue
		}
		place, ok := r.placeAdjectiveOf(m.Text, func(s string) bool { return nouns[s] != "" })
		if !ok || nouns[place] == m.Type || nouns[place] != "STATE_OR_PROVINCE" && m.Type != "COUNTRY" {
			continue // (a region's adjective of a town's name stays: «Ярославской и Владимирской областей» with «Ярославля»)
		}
		out = own(out, ms)
		out[i].Type = nouns[place]
	}
	if out == nil {
		return ms
	}
	return out
}

// allCountryAdjectives adds a COUNTRY for a capitalized adjective of
// «все-» and a country's adjective that no place covers: «XXI
// Всероссийский Шукшинский кинофестиваль», «Всекитайского собрания
// народных представителей». NEREL v1.1 train tags «Всероссийский» in
// such names a COUNTRY 5 times of 7 («Всероссийской федерации лёгкой
// атлетики»); «Общероссийский» (0 of 2) is left alone.
func (r *Refiner) allCountryAdjectives(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			rest, ok := strings.CutPrefix(t.Text, "Все")
			if !ok || !cyrillicName(t.Text) || !r.countryAdjectiveName(rest) || overlapsPlace(ms, t.Span) {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: t.Text, Type: "COUNTRY"})
		}
	}
	return withAdded(ms, added)
}
