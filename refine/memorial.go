package refine

import (
	"maps"
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// maxMemorialWords bounds the words from «памятник» to the person it is
// to («памятник изобретателю телевидения Владимиру Зворыкину»: three).
const maxMemorialWords = 5

// memorials adds a FACILITY from «памятник» to the end of the PERSON it is
// to, in the dative, with the words between («памятник создателю
// телевидения Владимиру Зворыкину», «памятнику Тарасу Шевченко»),
// dropping a FACILITY that starts at «памятник» and ends before: NEREL
// train has 12 of its 13 such phrases so (not «памятник Андрияну
// Николаеву»). The recognizer missed both of dev's (FACILITY 60.43 →
// 62.86); on train it adds the one left out.
func (r *Refiner) memorials(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	persons := longestEnds(ms, "PERSON")
	var added []doc.Mention
	short := map[doc.Span]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			if !memorialStem(toks[k].Text) || !anyIn(r.nounLemmas(toks[k].Text), memorialNouns) || (r.nounCases(toks[k+1].Text)|r.adjectiveCases(toks[k+1].Text))&datives == 0 {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+maxMemorialWords && tokenize.IsWord(toks[j].Text); j++ {
				if end := persons[toks[j].Start]; end > 0 {
					sp := doc.Span{Start: toks[k].Start, End: end}
					short[sp] = true
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "FACILITY"})
					break
				}
			}
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		if m.Type != "FACILITY" {
			return false
		}
		for sp := range short {
			if m.Start == sp.Start && m.End <= sp.End {
				return true
			}
		}
		return false
	})
}

// memorialNouns are the lemmas of the nouns of a monument to a person.
var memorialNouns = map[string]bool{"памятник": true, "монумент": true}

// memorialStems are memorialNouns' lemmas as a list, which memorialStem
// walks for every word faster than the map.
var memorialStems = slices.Sorted(maps.Keys(memorialNouns))

// memorialStem reports whether w opens with a lemma of memorialNouns, as
// each of their forms does («памятнику», «монументом»): memorials parses
// only such words, not every word of the text.
func memorialStem(w string) bool {
	for _, l := range memorialStems {
		if foldPrefix(w, l) {
			return true
		}
	}
	return false
}

// compassParts are the lemmas of the nouns of a part of the world by its
// direction («на юге Турции», «на северо-востоке Испании»).
var compassParts = map[string]bool{"север": true, "юг": true, "запад": true, "восток": true,
	"северо-запад": true, "северо-восток": true, "юго-запад": true, "юго-восток": true}

// compassTypes are the types of the places such a part is of.
var compassTypes = []string{"COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION"}

// compassPlaces adds a LOCATION from a lower-case noun of a direction to
// the end of the place right after it: «юго-востоке» + «Польши» →
// «юго-востоке Польши», the place kept, «на» left out, unless a LOCATION
// already ends with the place («на северо-западе Москвы», which the
// recognizer found with «на»). NEREL train has such a LOCATION in 23 of
// its 24 such phrases (not once «юге Франции»), three of them with «на»;
// dev in all 4.
func (r *Refiner) compassPlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(compassParts) {
		return ms
	}
	places := map[int]int{}
	for _, typ := range compassTypes {
		for start, end := range longestEnds(ms, typ) {
			places[start] = max(places[start], end)
		}
	}
	ends := map[int]bool{} // the ends of the LOCATIONs there are
	for _, m := range ms {
		if m.Type == "LOCATION" {
			ends[m.End] = true
		}
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			end := places[toks[k+1].Start]
			if end == 0 || ends[end] || toks[k].End+1 != toks[k+1].Start || !tokenize.StartsLower(toks[k].Text) || !anyIn(r.nounLemmas(toks[k].Text), compassParts) {
				continue
			}
			ends[end] = true
			sp := doc.Span{Start: toks[k].Start, End: end}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "LOCATION"})
		}
	}
	return withAdded(ms, added)
}

// memorialPersons makes a one-word place right after a noun of a monument
// (memorialNouns) a PERSON when the dictionary has it as a surname in the
// dative: «памятник Циолковскому», read as the town Циолковский. A
// monument is to a person in the dative; one to a place («памятник
// Москве») has no surname reading.
func (r *Refiner) memorialPersons(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	return retyped(ms, func(m doc.Mention) string {
		if !isPlaceType(m.Type) || strings.Contains(m.Text, " ") {
			return ""
		}
		toks := sentenceTokens(sents, m)
		first, _ := mentionTokens(toks, m)
		if first < 1 || !anyIn(r.nounLemmas(toks[first-1].Text), memorialNouns) {
			return ""
		}
		for _, p := range r.parse(m.Text) {
			if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Surn) && p.Tag.Case() == morph.Datv {
				return "PERSON"
			}
		}
		return ""
	})
}
