package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
)

// maxEllipticAdjectives bounds the adjectives listed before the shared
// noun («Брянской, Курской и Белгородской областей»).
const maxEllipticAdjectives = 4

// coordinatedRegions gives each capitalized adjective listed by «и» or a
// comma before a place of an adjective and a region's noun in the plural
// the place's type, as a mention of its own: «над Брянской и Курской
// областями» names two regions, «Брянской» and «Курской областями», as
// NEREL writes them (train: «Ярославской» and «Владимирской областей»).
// A mention of another type over the adjective («Брянской» read as a
// city) goes. The adjectives agree in a singular case, and none is part of
// a person's name («губернаторы Кировской области Никита Белых и
// Пермского края»).
func (r *Refiner) coordinatedRegions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	var persons map[int]bool // the tokens persons cover, by start: built when first asked
	person := func(start int) bool {
		if persons == nil {
			persons = personTokens(sents, ms)
		}
		return persons[start]
	}
	for _, m := range ms {
		if !isPlaceType(m.Type) {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if i < 2 || j != i+1 || !r.pluralRegion(toks[j].Text) || !r.capitalizedAdjective(toks[i].Text) {
			continue
		}
		cases := r.singularAdjectiveCases(toks[i].Text)
		for k := i - 1; k >= 1 && i-k <= 2*maxEllipticAdjectives; k -= 2 {
			if w := toks[k].Text; w != "и" && w != "," || !r.capitalizedAdjective(toks[k-1].Text) ||
				r.singularAdjectiveCases(toks[k-1].Text)&cases == 0 || person(toks[k-1].Start) {
				break
			}
			sp := toks[k-1].Span
			drop[sp] = true
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: m.Type})
		}
	}
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] })
}

// personTokens returns the start offsets of the tokens the PERSON
// mentions of ms cover.
func personTokens(sents []doc.Sentence, ms []doc.Mention) map[int]bool {
	persons := map[int]bool{}
	for _, m := range ms {
		if m.Type == "PERSON" {
			for _, t := range sentenceTokens(sents, m) {
				if t.Start >= m.Start && t.End <= m.End {
					persons[t.Start] = true
				}
			}
		}
	}
	return persons
}

// pluralRegion reports whether some reading of w is a plural of one of
// names.RegionNoun («областями», «краёв»).
func (r *Refiner) pluralRegion(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.NOUN && p.Tag.Number() == morph.Plur && names.RegionNoun(fold(p.Normal)) != "" {
			return true
		}
	}
	return false
}

// singularAdjectiveCases returns the cases of the singular adjective
// readings of w.
func (r *Refiner) singularAdjectiveCases(w string) caseSet {
	var cs caseSet
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && p.Tag.Number() == morph.Sing {
			cs |= caseBit(p)
		}
	}
	return cs
}
