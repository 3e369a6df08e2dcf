package refine

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// acronymCompany makes a mention of another type that is one word of a
// holding's acronym, a hyphen and a capitalized word — the way Russian
// groups name their subsidiaries: «ОДК-Сатурн», «ВТБ-Капитал»,
// «ГПБ-Ипотека» — an ORGANIZATION; the recognizer reads the ones it has not
// seen as cities or persons («ОДК-Кузнецов»). When the word after the
// hyphen is an adjective, the name goes on to its noun («ОДК-Пермские
// моторы», «ОДК-Уфимское моторостроительное производственное
// объединение»; extendAdjectives). NEREL v1.1 train has 7 such words, 5
// organizations and 2 an event's name. An acronym the dictionary knows as a
// place's («США-Мексика») is left alone.
func (r *Refiner) acronymCompany(m doc.Mention) doc.Mention {
	if m.Type == "ORGANIZATION" || m.Type == "EVENT" || m.Type == "PRODUCT" || !r.acronymHyphenWord(m.Text) {
		return m
	}
	m.Type = "ORGANIZATION"
	return m
}

// acronymHyphenWord reports whether w is an acronym of two to five capitals
// (no place's), a hyphen and a capitalized word in lower case after its
// first letter.
func (r *Refiner) acronymHyphenWord(w string) bool {
	acr, rest, ok := strings.Cut(w, "-")
	if !ok || !cyrillicAcronym(acr) || len([]rune(acr)) > 5 {
		return false
	}
	rs := []rune(rest)
	if len(rs) < 3 || !tokenize.IsUpper(rs[0]) || !unicode.Is(unicode.Cyrillic, rs[0]) {
		return false
	}
	for _, c := range rs[1:] {
		if !tokenize.IsLower(c) || !unicode.Is(unicode.Cyrillic, c) {
			return false
		}
	}
	for _, p := range r.parse(acr) {
		if p.Tag.Is(morph.Geox) {
			return false
		}
	}
	return true
}

// hyphenTail returns the last token of m that ends where m does, or the
// part after the hyphen of a word like «ОДК-Пермские», whose cases
// extendAdjectives reads.
func hyphenTail(toks []doc.Token, m doc.Mention) (int, string) {
	last := sort.Search(len(toks), func(i int) bool { return toks[i].End >= m.End })
	if last == len(toks) || toks[last].End != m.End {
		return -1, ""
	}
	w := toks[last].Text
	if acr, rest, ok := strings.Cut(w, "-"); ok && cyrillicAcronym(acr) {
		w = rest
	}
	return last, w
}

// plantHeads are the lemmas of the nouns that a capitalized place adjective
// before them makes the name of one plant or school: «Иркутский авиазавод»,
// «Магнитогорский комбинат», «Томский университет».
var plantHeads = map[string]bool{"завод": true, "авиазавод": true, "автозавод": true, "комбинат": true,
	"университет": true, "госуниверситет": true, "институт": true}

// placePlants adds an ORGANIZATION over a place mention of one capitalized
// adjective and the lower-case noun of a plant or school after it that
// agrees with it (plantHeads), when no organization starts there: the
// recognizer found «Иркутский» alone before «авиазавод», a word it had not
// seen. In NEREL v1.1 train and dev the recognizer finds such names itself
// (62 of 64; the other two are parts of longer names), so the rule is for
// the words it has not seen.
func (r *Refiner) placePlants(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, m := range ms {
		if !isPlaceType(m.Type) || strings.Contains(m.Text, " ") || !tokenize.StartsUpper(m.Text) || r.likeliest(lowerCase(m.Text)) != morph.ADJF {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || first != last || last+1 >= len(toks) {
			continue
		}
		next := toks[last+1]
		if !tokenize.StartsLower(next.Text) || next.Start != m.End+1 || !r.agree(m.Text, next.Text) || !slices.ContainsFunc(r.nounLemmas(next.Text), func(l string) bool { return plantHeads[l] }) {
			continue
		}
		if slices.ContainsFunc(ms, func(o doc.Mention) bool { return o.Type == "ORGANIZATION" && o.Start == m.Start }) {
			continue
		}
		sp := doc.Span{Start: m.Start, End: next.End}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
	}
	return withAdded(ms, added)
}
