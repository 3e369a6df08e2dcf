package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// cityAdjectiveHeads are the lemmas of the nouns after which a town's
// adjective is part of another name or of a time zone, which NEREL tags
// apart or unevenly: «Московской области», «Киевского района», «по
// московскому времени» (train: the CITY inside in 3 of 6).
var cityAdjectiveHeads = map[string]bool{"область": true, "край": true, "район": true, "округ": true,
	"губерния": true, "уезд": true, "волость": true, "время": true, "епархия": true}

// cityAdjectives adds a CITY for a lower-case adjective made from the name
// of a town that the same text has as a CITY mention: «в нью-йоркском
// Карнеги-холле» with «Нью-Йорк» in the text, «„пекинский“ мясник» with
// «Пекин». NEREL tags a lower-case adjective of a town a CITY (train: 150
// such adjectives of the towns it tags, and 5 untagged or otherwise typed);
// the recognizer misses those it saw little of («гданьских докеров»).
// Adjectives before a noun of a region or of time (cityAdjectiveHeads) and
// words inside a place mention are left alone.
func (r *Refiner) cityAdjectives(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var towns map[string]bool
	for _, m := range ms {
		if m.Type != "CITY" || !tokenize.StartsUpper(m.Text) {
			continue
		}
		if towns == nil {
			towns = map[string]bool{}
		}
		towns[fold(m.Text)] = true
		for _, p := range r.parse(m.Text) {
			if p.Tag.POS() == morph.NOUN {
				towns[fold(p.Normal)] = true
			}
		}
	}
	if towns == nil {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for k, t := range toks {
			if !tokenize.StartsLower(t.Text) || overlapsPlace(ms, t.Span) {
				continue
			}
			if k+1 < len(toks) && anyIn(r.nounLemmas(toks[k+1].Text), cityAdjectiveHeads) {
				continue
			}
			if !r.townAdjective(t.Text, towns) {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "CITY"})
		}
	}
	return withAdded(ms, added)
}

// townAdjective reports whether a reading of w is a full adjective whose
// place (names.AdjectivePlace) is one of towns.
func (r *Refiner) townAdjective(w string, towns map[string]bool) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.ADJF {
			continue
		}
		n := fold(p.Normal)
		if place := names.AdjectivePlace(r.A, n); place != "" && towns[fold(place)] {
			return true
		}
		base, ok := strings.CutSuffix(n, "ский")
		if !ok || utf8.RuneCountInString(base) < 3 {
			continue
		}
		for _, c := range []string{base, base + "ск", base + "ь", base + "а", base + "я", base + "о"} {
			if towns[c] {
				return true // (a town the dictionary lacks: «нью-йоркском», Нью-Йорк)
			}
		}
	}
	return false
}

// overlapsPlace reports whether a place, nationality or amount of money
// mention shares a character with sp: a currency's adjective is not a town
// in NEREL («100 млн гонконгских долларов», a MONEY alone).
func overlapsPlace(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if (placeMentionTypes[m.Type] || m.Type == "NATIONALITY" || m.Type == "MONEY") && m.Start < sp.End && sp.Start < m.End {
			return true
		}
	}
	return false
}
