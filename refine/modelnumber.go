package refine

import (
	"slices"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// numberedModels handles a NUMBER or DATE mention written as a capitalized
// word, a hyphen and one to three digits («Валдай-10», «Салют-7»): such a
// word names a product, a station, a club or a race with its number, never
// a number or a date (NEREL train tags none of its 16 mentions of the
// shape so: PRODUCT, FACILITY «Салют-7», ORGANIZATION «Самбо-70», EVENT
// «Формулы-1»; NUMBER only «Д-03-6468», one letter). After a product's
// noun («ноутбук Валдай-10», «модель „Валдай-10“») it is a PRODUCT;
// elsewhere the mention goes.
// The recognizer reads none of train's or dev's so.
func (r *Refiner) numberedModels(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var retype, drop map[doc.Span]bool
	for _, m := range ms {
		if (m.Type != "NUMBER" && m.Type != "DATE") || !numberedName(m.Text) {
			continue
		}
		if r.afterProductHead(sents, m.Start) {
			retype = spanSet(retype, m.Span)
		} else {
			drop = spanSet(drop, m.Span)
		}
	}
	if retype == nil && drop == nil {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms))
	for _, m := range ms {
		if m.Type != "NUMBER" && m.Type != "DATE" {
			out = append(out, m)
			continue
		}
		switch {
		case drop[m.Span]:
		case retype[m.Span]:
			m.Type = "PRODUCT"
			out = append(out, m)
		default:
			out = append(out, m)
		}
	}
	return sortedMentions(out)
}

// spanSet adds sp to set, made when nil.
func spanSet(set map[doc.Span]bool, sp doc.Span) map[doc.Span]bool {
	if set == nil {
		set = map[doc.Span]bool{}
	}
	set[sp] = true
	return set
}

// numberedName reports whether s is a capital letter, at least one
// lower-case letter, a hyphen and one to three digits.
func numberedName(s string) bool {
	rs := []rune(s)
	i := 0
	for i < len(rs) && tokenize.IsLetter(rs[i]) {
		i++
	}
	if i < 2 || !tokenize.IsUpper(rs[0]) || !tokenize.IsLower(rs[1]) || i >= len(rs) || rs[i] != '-' {
		return false
	}
	n := len(rs) - i - 1
	if n < 1 || n > 3 {
		return false
	}
	for _, c := range rs[i+1:] {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// modelHeads are the lemmas of the nouns that name a model of a product
// whatever it is: «модель „Валдай-10“».
var modelHeads = map[string]bool{"модель": true, "модификация": true}

// afterProductHead reports whether the word right before the token that
// starts at start, or before the opening quote right before it, is a noun
// of productHeads or modelHeads.
func (r *Refiner) afterProductHead(sents []doc.Sentence, start int) bool {
	for _, s := range sents {
		for i, t := range s.Tokens {
			if t.Start != start {
				continue
			}
			if i > 0 && s.Tokens[i-1].Text == "«" {
				i--
			}
			if i == 0 {
				return false
			}
			w := s.Tokens[i-1].Text
			return r.productHead(w) || slices.ContainsFunc(r.facts(w).lemmas, func(l string) bool { return modelHeads[l] })
		}
	}
	return false
}
