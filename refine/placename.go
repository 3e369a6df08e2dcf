package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// repeatedPlaces adds a place mention over a capitalized word that no
// mention overlaps when the dictionary reads it as a form of a place's
// name that a one-word place mention of the document has: «Беларусь
// должна …» opening a sentence, in a text that names «Беларуси» a COUNTRY
// seven times; «Колорадо на карте США» opening a caption, after «штате
// Колорадо». The mention takes the type of the place mentions of that name
// (the commonest). In NEREL v1.1 train, of the 4 190 capitalized words
// that so repeat a one-word gold place, 4 142 are that place, 47 lie in a
// longer name (which a mention overlaps) and one is none.
func (r *Refiner) repeatedPlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	types := map[string]map[string]int{} // a place's lemma → its mentions' types
	for _, m := range ms {
		if !isPlaceType(m.Type) || strings.ContainsAny(m.Text, " -") || !cyrillicName(m.Text) {
			continue
		}
		for _, l := range r.placeLemmas(m.Text) {
			if types[l] == nil {
				types[l] = map[string]int{}
			}
			types[l][m.Type]++
		}
	}
	if len(types) == 0 {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !cyrillicName(t.Text) || t.End > len(text) || overlapsAny(ms, t.Span) {
				continue
			}
			best, n := "", 0
			for _, l := range r.placeLemmas(t.Text) {
				for typ, c := range types[l] {
					if c > n || c == n && typ < best {
						best, n = typ, c
					}
				}
			}
			if best != "" {
				added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: best})
			}
		}
	}
	return withAdded(ms, added)
}

// placeLemmas returns the lemmas of the dictionary's readings of w as a
// place's name (Geox).
func (r *Refiner) placeLemmas(w string) []string {
	var out []string
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Geox) {
			out = append(out, fold(p.Normal))
		}
	}
	return out
}

// regionPerson makes a one-word PERSON in -ии that the dictionary does not
// read first as a person's name but as an inanimate noun, right after «в»,
// «во», «из» or «территории», a STATE_OR_PROVINCE: «на территории
// Гагаузии», «В Гагаузии», a region the dictionary does not know. In NEREL
// v1.1 train and dev, none of the 330 such words so placed is a person
// (the persons in -ии, «Гарсии», «Виктории», are read as names or stand
// elsewhere). The dictionary knows the states (countries), so an unknown
// name in -ия is likelier a region's.
func (r *Refiner) regionPerson(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" || !cyrillicName(m.Text) || !strings.HasSuffix(m.Text, "ии") {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 1 || last != first {
		return m
	}
	switch fold(toks[first-1].Text) {
	case "в", "во", "из", "территории":
	default:
		return m
	}
	ps := r.parse(m.Text)
	if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN || !ps[0].Tag.Is(morph.Inan) || ps[0].Tag.PersonName() {
		return m
	}
	m.Type = "STATE_OR_PROVINCE"
	return m
}

// continentLemmas are the lemmas of the names of parts of the world that a
// capitalized adjective makes a region's name of («Центральная Америка»,
// «Юго-Восточная Азия»).
var continentLemmas = map[string]bool{
	"америка": true, "азия": true, "африка": true, "европа": true, "евразия": true, "океания": true,
	"антарктида": true, "арктика": true, "антарктика": true,
}

// regionName makes a mention of a capitalized adjective and the name of a
// part of the world that agrees with it (continentLemmas), typed as an
// organization, a person, an event or a facility, a LOCATION:
// «Центральную Америку представляют три арбитра», read as an
// ORGANIZATION. NEREL v1.1 train tags the 20 such names it has as LOCATION
// (one, «Южной Африки», the state, as a COUNTRY), and so does this rule's
// source, factRuEval.
func (r *Refiner) regionName(toks []doc.Token, m doc.Mention) doc.Mention {
	switch m.Type {
	case "ORGANIZATION", "PERSON", "EVENT", "FACILITY":
	default:
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last != first+1 {
		return m
	}
	adj, name := toks[first].Text, toks[last].Text
	if !tokenize.StartsUpper(adj) || !tokenize.StartsUpper(name) || !anyIn(r.placeLemmas(name), continentLemmas) || !r.agree(adj, name) {
		return m
	}
	m.Type = "LOCATION"
	return m
}

// namedPlaces finds the places named by a phrase the recognizer reads as
// no place:
//   - «Поднебесная» (China; not as the adjective of a noun after it),
//     «Страна восходящего солнца» (Japan), and
//     «Эмираты» in capitals inside a sentence (the United Arab Emirates):
//     COUNTRY;
//   - a capitalized adjective and a lower-case «империя» that agrees with it,
//     inside a sentence and not in quotes («Османской империи», read as an
//     EVENT): a COUNTRY, NEREL's type of the states of the past;
//   - «Старый город» inside a sentence: a DISTRICT (NEREL v1.1 train: 3 of
//     3, «в Старом городе Иерусалима»).
//
// A mention of the phrase's span is retyped; if there is none, one is added
// unless a mention crosses the phrase's bounds. NEREL v1.1 train and dev
// have none of these phrases but the three «Старый город», which the
// recognizer finds; found on factRuEval dev's LOC misses.
func (r *Refiner) namedPlaces(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	found := map[doc.Span]string{}
	for _, s := range sents {
		toks := s.Tokens
		for i, t := range toks {
			if !tokenize.StartsUpper(t.Text) {
				continue
			}
			next := func(k int) string {
				if i+k < len(toks) {
					return r.facts(toks[i+k].Text).folded
				}
				return ""
			}
			w := r.facts(t.Text).folded
			switch {
			case strings.HasPrefix(w, "поднебесн") && r.hasLemma(t.Text, "поднебесный") && (i+1 == len(toks) || !r.agree(t.Text, toks[i+1].Text)):
				found[t.Span] = "COUNTRY"
			case next(1) == "восходящего" && next(2) == "солнца" && r.hasLemma(t.Text, "страна"):
				found[doc.Span{Start: t.Start, End: toks[i+2].End}] = "COUNTRY"
			case i > 0 && strings.HasPrefix(w, "эмират") && !tokenize.StartsUpper(toks[i-1].Text) && r.pluralNoun(t.Text, "эмират"):
				found[t.Span] = "COUNTRY"
			case i > 0 && i+1 < len(toks) && tokenize.StartsLower(toks[i+1].Text) && !quoteMark(toks[i-1].Text):
				head := toks[i+1].Text
				switch {
				case r.hasLemma(head, "империя") && r.agree(t.Text, head):
					found[doc.Span{Start: t.Start, End: toks[i+1].End}] = "COUNTRY"
				case r.hasLemma(t.Text, "старый") && r.hasLemma(head, "город") && r.agree(t.Text, head):
					found[doc.Span{Start: t.Start, End: toks[i+1].End}] = "DISTRICT"
				}
			}
		}
	}
	if len(found) == 0 {
		return ms
	}
	var out, added []doc.Mention
	for sp, typ := range found {
		exact, crossed := false, false
		for i, m := range ms {
			switch {
			case m.Span == sp:
				exact = true
				if m.Type != typ {
					out = own(out, ms)
					out[i].Type = typ
				}
			case m.Overlaps(sp) && !sp.Contains(m.Span) && !m.Contains(sp):
				crossed = true
			}
		}
		if !exact && !crossed {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: typ})
		}
	}
	if out == nil {
		out = ms
	}
	return withAdded(out, added)
}

// hasLemma reports whether some reading of w has the lemma (lower case, ё
// as е).
func (r *Refiner) hasLemma(w, lemma string) bool {
	return slices.Contains(r.facts(w).lemmas, lemma)
}

// pluralNoun reports whether some plural noun reading of w has the lemma.
func (r *Refiner) pluralNoun(w, lemma string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Plur) && fold(p.Normal) == lemma {
			return true
		}
	}
	return false
}

// placeWord reports whether the dictionary reads some word of name as a
// place's name.
func (r *Refiner) placeWord(name string) bool {
	for _, w := range fields(name) {
		if len(r.placeLemmas(w)) > 0 {
			return true
		}
	}
	return false
}

// twoCapitals reports whether w is one word of Cyrillic letters (and
// hyphens) that opens with a capital and holds another right after a
// letter: «БелТА», «ИТАР-ТАСС», not «Сент-Луиса».
func twoCapitals(w string) bool {
	inner := false
	prev := '-'
	for i, c := range w {
		switch {
		case !unicode.Is(unicode.Cyrillic, c) && c != '-', i == 0 && !tokenize.IsUpper(c):
			return false
		case i > 0 && tokenize.IsUpper(c) && prev != '-':
			inner = true
		}
		prev = c
	}
	return inner
}
