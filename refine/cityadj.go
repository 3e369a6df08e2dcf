package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// cityAdjectiveHeads are the lemmas of the nouns after which a town's
// adjective is part of another name or of a time zone, which NEREL tags
// apart or unevenly: «Московской области», «по московскому времени»
// (train: the CITY inside in 3 of 6). Not «район»: «в нью-йоркском районе
// Челси» has the CITY «нью-йоркском» (train 4 of 4).
var cityAdjectiveHeads = map[string]bool{"область": true, "край": true, "округ": true,
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
	ms = r.townDistricts(text, ms, towns)
	if towns == nil {
		return ms
	}
	ms = r.townAdjectivePersons(sents, ms, towns)
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for k, t := range toks {
			// (the cheap remembered test first: few words are a town's)
			if !tokenize.StartsLower(t.Text) || !r.townAdjective(t.Text, towns) || overlapsPlace(ms, t.Span) {
				continue
			}
			if k+1 < len(toks) && anyIn(r.nounLemmas(toks[k+1].Text), cityAdjectiveHeads) {
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
	return anyIn(r.townKeys(w), towns)
}

// placeAdjectiveOf returns the place, folded, of a reading of w that is a
// full adjective whose place (names.AdjectivePlace, or its stem with
// -ск/-ь/-а/-я/-о for places the dictionary lacks) known reports: the
// first of townKeys(w) that known reports.
func (r *Refiner) placeAdjectiveOf(w string, known func(string) bool) (string, bool) {
	for _, k := range r.townKeys(w) {
		if known(k) {
			return k, true
		}
	}
	return "", false
}

// townKeys returns the folded names of the places w's full-adjective
// readings are made from: the place names.AdjectivePlace gives, and the
// stem of a «-ский» adjective with the endings of a town's name the
// dictionary may lack («нью-йоркском»: нью-йорк), and of a «-цкий» one with
// -ц and -цк («череповецкий»: череповец; «новолипецкий»: новолипецк). It is remembered by
// word form (cityAdjectives asks it of every lower-case word); the slice
// is shared: callers read it, never change it.
func (r *Refiner) townKeys(w string) []string {
	f := r.facts(w)
	f.townsOnce.Do(func() { f.towns = r.townKeysOf(f.parses) })
	return f.towns
}

// townKeysOf is townKeys of a word of the readings ps.
func (r *Refiner) townKeysOf(ps []morph.Parse) []string {
	var ks []string
	for _, p := range ps {
		if p.Tag.POS() != morph.ADJF {
			continue
		}
		n := fold(p.Normal)
		if place := names.AdjectivePlace(r.A, n); place != "" {
			ks = append(ks, fold(place))
		}
		if base, ok := strings.CutSuffix(n, "цкий"); ok && utf8.RuneCountInString(base) >= 3 {
			// «череповецкий», «новолипецкий», «донецкий»: a town in -ец or -цк
			ks = append(ks, base+"ц", base+"цк")
			continue
		}
		base, ok := strings.CutSuffix(n, "ский")
		if !ok || utf8.RuneCountInString(base) < 3 {
			continue
		}
		ks = append(ks, base, base+"ск", base+"ь", base+"а", base+"я", base+"о")
	}
	return slices.Clip(ks)
}

// overlapsPlace reports whether a place, nationality or amount of money
// mention shares a character with sp: a currency's adjective is not a town
// in NEREL («100 млн гонконгских долларов», a MONEY alone).
func overlapsPlace(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if (isPlaceType(m.Type) || m.Type == "NATIONALITY" || m.Type == "MONEY") && m.Start < sp.End && sp.Start < m.End {
			return true
		}
	}
	return false
}

// townDistricts cuts a DISTRICT of a lower-case adjective of a town and a
// form of «район» to the adjective, a CITY: «в берлинском районе
// Кройцберг», where the district is the name after «район» (districtName)
// and «берлинском» the town's; the town is one the text has as a CITY, and
// a capitalized word follows, as a district's name in apposition does
// (not «знаменского района Кировоградской области» read in lower case). NEREL train has no such DISTRICT and tags
// the adjective a CITY in all 4 of its «нью-йоркском районе Челси»,
// «лондонского района Вестминстер», «стамбульском районе Фатих».
func (r *Refiner) townDistricts(text []rune, ms []doc.Mention, towns map[string]bool) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		adj, noun, ok := strings.Cut(m.Text, " ")
		if m.Type != "DISTRICT" || !ok || strings.Contains(noun, " ") || !tokenize.StartsLower(adj) || !anyIn(r.nounLemmas(noun), districtHeads) {
			continue
		}
		if !r.townAdjective(adj, towns) || !nameAfter(text, m.End) {
			continue
		}
		out = own(out, ms)
		out[i].Type = "CITY"
		out[i].End = m.Start + len([]rune(adj))
		out[i].Text = string(text[m.Start:out[i].End])
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// nameAfter reports whether the word after position i (past spaces) starts
// with a capital letter.
func nameAfter(text []rune, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i < len(text) && tokenize.IsUpper(text[i])
}

// townAdjectivePersons retypes as a CITY a one-word PERSON that is a
// capitalized adjective of a town the text has as a CITY, followed by a
// noun it agrees with: «Гданьская верфь» in a headline, with «Гданьске»
// in the text, where the recognizer read a name; a person's name does not
// agree with the common noun after it as an adjective does. Lower-case
// adjectives may stand between: «директора Казанского вертолётного
// завода», with «Казани».
func (r *Refiner) townAdjectivePersons(sents []doc.Sentence, ms []doc.Mention, towns map[string]bool) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		if m.Type != "PERSON" || strings.ContainsAny(m.Text, " ") || !tokenize.StartsUpper(m.Text) || !r.townAdjective(m.Text, towns) {
			continue
		}
		toks := sentenceTokens(sents, m)
		_, last := mentionTokens(toks, m)
		if last < 0 {
			continue
		}
		next := last + 1
		for next+1 < len(toks) && tokenize.StartsLower(toks[next].Text) && r.likeliest(toks[next].Text) == morph.ADJF {
			next++ // (past the adjectives of a name: «Казанского вертолётного завода»)
		}
		if next >= len(toks) || !tokenize.StartsLower(toks[next].Text) || !r.agree(m.Text, toks[next].Text) {
			continue
		}
		out = own(out, ms)
		out[i].Type = "CITY"
	}
	if out == nil {
		return ms
	}
	return out
}
