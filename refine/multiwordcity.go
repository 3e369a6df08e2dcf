package refine

import (
	"strings"
	"sync"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// cityWordLemmas holds, for each of multiwordCities, the lemmas of each of
// its words, and cityFirstLemmas the lemmas of their first words, worked
// out by the first Refiner that asks (cityNames).
var (
	cityWordLemmas  [][][]string
	cityFirstLemmas map[string]bool
	cityLemmasOnce  sync.Once
)

// cityNames returns cityWordLemmas and cityFirstLemmas.
func (r *Refiner) cityNames() ([][][]string, map[string]bool) {
	cityLemmasOnce.Do(func() {
		cityFirstLemmas = map[string]bool{}
		for _, c := range multiwordCities {
			var name [][]string
			for k, w := range strings.Fields(c) {
				ls := append([]string{fold(w)}, r.sharedFacts(w).lemmas...)
				name = append(name, ls)
				if k == 0 {
					for _, l := range ls {
						cityFirstLemmas[l] = true
					}
				}
			}
			cityWordLemmas = append(cityWordLemmas, name)
		}
	})
	return cityWordLemmas, cityFirstLemmas
}

// multiwordCityMentions adds a CITY where the capitalized words of a city's
// name of several words (multiwordCities) come in any case and no mention
// overlaps them: «рейсы в Сочи и Минеральные Воды», which the recognizer
// leaves out (it reads the two words as an adjective and a noun).
func (r *Refiner) multiwordCityMentions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	names, firsts := r.cityNames()
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
			for _, name := range names {
				j := i + len(name) - 1
				if j >= len(toks) || !r.cityWords(toks[i:j+1], name) {
					continue
				}
				sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
				if !overlapsAny(ms, sp) && !overlapsAny(added, sp) {
					added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "CITY"})
				}
				break
			}
		}
	}
	return withAdded(ms, added)
}

// cityWords reports whether toks are capitalized words each with a lemma
// of the word at its place in name.
func (r *Refiner) cityWords(toks []doc.Token, name [][]string) bool {
	for k, t := range toks {
		if !tokenize.StartsUpper(t.Text) {
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
