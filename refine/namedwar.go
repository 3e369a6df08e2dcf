package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// warNouns are the lemmas of the nouns that a capitalized adjective makes
// the name of a historical event: «Октябрьской революции», «Великой
// Отечественной войны», «Боснийской войны», «Культурной революции»,
// «Великого похода», «Ледового побоища» is no adjective's.
var warNouns = map[string]bool{
	"война": true, "революция": true, "поход": true, "восстание": true, "битва": true, "сражение": true, "блокада": true,
}

// namedWars adds the EVENT of the name of a war or a revolution that the
// recognizer misses:
//   - a world war, the ordinal «первый» or «второй» (the dictionary's
//     lemmas are «один», «два»: read by the stem), «мировой» and a form
//     of «война» agreeing with them («в годы Второй мировой войны»), or a
//     capitalized ordinal and «мировой» alone, the war understood
//     («ветеран Второй мировой», not «второй мировой рекорд»). NEREL
//     tags them EVENT in all its cases (train 8 of 8, dev 9 of 9); the
//     recognizer reads the capital ordinal as an ORDINAL, which stays
//     (NEREL nests it in half of its cases);
//   - a capitalized adjective, maybe more adjectives agreeing, and a form
//     of a noun of warNouns («Октябрьской революции», «Великой Отечественной
//     войны», «Культурной революции»): train tags so 14 of its 16, the
//     other two a title in quotes («Народная война», skipped) and a part of
//     an organization's name («Корпуса стражей Исламской революции»,
//     skipped when an ORGANIZATION covers it); «Великого похода» (dev),
//     a battle, a rising or a blockade are named so as well. A place the
//     recognizer made of the adjective («Великого», a CITY) is dropped
//     unless the adjective is one of a place («Боснийской»).
//   - a form of «война» and «в» or «во» before a COUNTRY, with the
//     lower-case adjectives agreeing before it («ветераном войны в Ираке»,
//     «в гражданской войне в Сирии»): NEREL train runs the war over the
//     country in 4 of 4 (dev 1 of 1; «войну в Донбассе», a region, is
//     «войну» alone); the war alone, if tagged, stays nested. Not after
//     a capitalized adjective or a quote, a title («Народная война в
//     Чили», a play: no EVENT in train).
//
// Nothing is added where an EVENT has the span already; a mention of
// another type with the span, but an ORDINAL, is dropped.
func (r *Refiner) namedWars(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(warNouns, "мировой") {
		return ms // (each name needs a noun of warNouns, or «мировой»)
	}
	have := map[doc.Span]bool{}
	var orgs []doc.Span
	countries := map[int]int{} // the ends of the COUNTRY mentions by their starts
	for _, m := range ms {
		switch m.Type {
		case "EVENT":
			have[m.Span] = true
		case "ORGANIZATION":
			orgs = append(orgs, m.Span)
		case "COUNTRY":
			countries[m.Start] = max(countries[m.Start], m.End)
		}
	}
	var added []doc.Mention
	full := map[doc.Span]bool{}
	adjectives := map[doc.Span]bool{} // the first adjectives of the names added, not of a place
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			start, end := i, r.worldWar(toks, i)
			if end < 0 {
				end = r.adjectiveWar(toks, i)
			}
			if end < 0 {
				start, end = r.warInCountry(toks, i, countries)
			}
			if end < 0 {
				continue
			}
			sp := doc.Span{Start: toks[start].Start, End: toks[end].End}
			inOrg := false
			for _, o := range orgs {
				inOrg = inOrg || o.Start <= sp.Start && sp.End <= o.End && o != sp
			}
			if !have[sp] && !inOrg {
				have[sp], full[sp] = true, true
				adjectives[toks[start].Span] = start == i && !r.placeAdjective(toks[i].Text)
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "EVENT"})
			}
			i = end
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		return m.Type != "ORDINAL" && full[m.Span] || isPlaceType(m.Type) && adjectives[m.Span]
	})
}

// worldWar returns the index of the last token of the name of a world war
// that starts at toks[i] («Второй мировой войны», «Второй мировой»), or -1.
func (r *Refiner) worldWar(toks []doc.Token, i int) int {
	if i+1 >= len(toks) || !r.ordinalAdjective(toks[i].Text) || !foldPrefix(toks[i].Text, "перв") && !foldPrefix(toks[i].Text, "втор") ||
		!r.hasLemma(toks[i+1].Text, "мировой") || !r.agreeAdjectives(toks[i].Text, toks[i+1].Text) {
		return -1
	}
	if i+2 < len(toks) && slices.Contains(r.nounLemmas(toks[i+2].Text), "война") && r.agree(toks[i+1].Text, toks[i+2].Text) {
		return i + 2
	}
	if !tokenize.StartsUpper(toks[i].Text) || i+2 < len(toks) && tokenize.StartsLower(toks[i+2].Text) && r.agree(toks[i+1].Text, toks[i+2].Text) {
		return -1 // («второй мировой рекорд»; not «Второй мировой Иван Соколов»)
	}
	return i + 1
}

// agreeAdjectives reports whether two adjectives have a reading each of
// the same case, number and gender.
func (r *Refiner) agreeAdjectives(a, b string) bool {
	for _, p := range r.parse(a) {
		if p.Tag.POS() != morph.ADJF {
			continue
		}
		for _, q := range r.parse(b) {
			if q.Tag.POS() == morph.ADJF && p.Tag.Case() == q.Tag.Case() && p.Tag.Number() == q.Tag.Number() && p.Tag.Gender() == q.Tag.Gender() {
				return true
			}
		}
	}
	return false
}

// adjectiveWar returns the index of the noun of warNouns that ends the
// name of a war or a revolution starting at the capitalized adjective
// toks[i] («Октябрьской революции», «Великой Отечественной войны»), the
// adjectives agreeing with it, or -1. Not an ordinal (worldWar), nor in
// quotes, a title («Народная война»).
func (r *Refiner) adjectiveWar(toks []doc.Token, i int) int {
	if !r.capitalizedAdjective(toks[i].Text) || r.ordinalAdjective(toks[i].Text) ||
		i > 0 && tokenize.IsOpeningQuote(firstRune(toks[i-1].Text)) {
		return -1
	}
	j := i + 1
	for j < len(toks) && j-i < 4 && r.likeliest(toks[j].Text) == morph.ADJF {
		j++
	}
	if j >= len(toks) || !anyIn(r.nounLemmas(toks[j].Text), warNouns) {
		return -1
	}
	for k := i; k < j; k++ {
		if !r.agree(toks[k].Text, toks[j].Text) {
			return -1
		}
	}
	return j
}

// warInCountry returns the first and last token of a war in a country
// whose noun, a form of «война», is toks[i]: «гражданской войне в Сирии»
// (countries gives the end of each COUNTRY by its start), or -1, -1.
func (r *Refiner) warInCountry(toks []doc.Token, i int, countries map[int]int) (int, int) {
	if i+2 >= len(toks) || !tokenize.StartsLower(toks[i].Text) || !slices.Contains(r.nounLemmas(toks[i].Text), "война") ||
		fold(toks[i+1].Text) != "в" && fold(toks[i+1].Text) != "во" {
		return -1, -1
	}
	end := countries[toks[i+2].Start]
	if end == 0 {
		return -1, -1
	}
	last := i + 2
	for last+1 < len(toks) && toks[last+1].End <= end {
		last++
	}
	start := i
	for start > 0 && tokenize.StartsLower(toks[start-1].Text) && r.likeliest(toks[start-1].Text) == morph.ADJF && r.agree(toks[start-1].Text, toks[i].Text) {
		start--
	}
	if start > 0 && (r.capitalizedAdjective(toks[start-1].Text) || tokenize.IsOpeningQuote(firstRune(toks[start-1].Text))) {
		return -1, -1 // a title: («Народная война в Чили», 1973)
	}
	return start, last
}
