package refine

import (
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
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
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) || !unicode.Is(unicode.Cyrillic, rs[0]) {
		return false
	}
	for _, c := range rs[1:] {
		if !unicode.IsLower(c) || !unicode.Is(unicode.Cyrillic, c) {
			return false
		}
	}
	for _, p := range r.A.Parse(acr) {
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
