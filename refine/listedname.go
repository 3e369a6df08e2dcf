package refine

import (
	"sync"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// nameList is a list of names of several capitalized words that
// listedNames finds in any case where the recognizer left them out.
type nameList struct {
	// names are the names, in the nominative.
	names []string
	// typ is the type of their mentions.
	typ string
	// words holds, for each of names, the lemmas (and the folded form) of
	// each of its words; firsts the lemmas of the first words. Both are
	// worked out by the first Refiner that asks (lemmas).
	words  [][][]string
	firsts map[string]bool
	once   sync.Once
}

// lemmas returns l.words and l.firsts, working them out with r's
// dictionary at the first call.
func (l *nameList) lemmas(r *Refiner) ([][][]string, map[string]bool) {
	l.once.Do(func() {
		l.firsts = map[string]bool{}
		for _, c := range l.names {
			var name [][]string
			for k, w := range fields(c) {
				ls := append([]string{fold(w)}, r.sharedFacts(w).lemmas...)
				name = append(name, ls)
				if k == 0 {
					for _, x := range ls {
						l.firsts[x] = true
					}
				}
			}
			l.words = append(l.words, name)
		}
	})
	return l.words, l.firsts
}

// multiwordCityList are multiwordCities, the cities of several words.
var multiwordCityList = &nameList{names: multiwordCities, typ: "CITY"}

// internationalNames are the full names of international organizations
// whose words are common ones, an adjective of a continent or a people in
// the genitive: «Наблюдатели Организации американских государств не
// зафиксировали» (no mention, and «американских» read as США).
var internationalNames = &nameList{typ: "ORGANIZATION", names: []string{
	"Организация американских государств", "Лига арабских государств", "Организация исламского сотрудничества",
	"Организация африканского единства", "Совет сотрудничества арабских государств Персидского залива",
}}

// listedNames adds a mention of l's type where the words of one of its
// names come, capitalized as the name is, in any case, and no mention
// overlaps them: «рейсы в Сочи и Минеральные Воды» and «Организации
// американских государств», which the recognizer leaves out.
func (r *Refiner) listedNames(text []rune, sents []doc.Sentence, ms []doc.Mention, l *nameList) []doc.Mention {
	names, firsts := l.lemmas(r)
	if !r.mayHave(firsts) {
		return ms
	}
	var added []doc.Mention
	for _, s := range sents {
		toks := s.Tokens
		for i := range toks {
			if !tokenize.StartsUpper(toks[i].Text) || !anyIn(r.facts(toks[i].Text).lemmas, firsts) {
				continue
			}
			for k, name := range names {
				j := i + len(name) - 1
				if j >= len(toks) || !r.nameWords(toks[i:j+1], name, fields(l.names[k])) {
					continue
				}
				sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
				if !overlapsAny(ms, sp) && !overlapsAny(added, sp) {
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: l.typ})
				}
				break
			}
		}
	}
	return withAdded(ms, added)
}

// nameWords reports whether each token of toks has a lemma (or the folded
// form) of the word at its place in name, and is capitalized where the
// name's word (of written) is.
func (r *Refiner) nameWords(toks []doc.Token, name [][]string, written []string) bool {
	for k, t := range toks {
		if tokenize.StartsUpper(t.Text) != tokenize.StartsUpper(written[k]) {
			return false
		}
		f := r.facts(t.Text)
		if !anyOf(f.lemmas, name[k]) && !anyOf([]string{f.folded}, name[k]) {
			return false
		}
	}
	return true
}

// anyOf reports whether a and b share a string.
func anyOf(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
