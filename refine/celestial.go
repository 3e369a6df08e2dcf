package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// celestialLemmas are the lemmas of the heavenly bodies a news text names
// as places: «полёт на Луну», «вернулся на Землю».
var celestialLemmas = map[string]bool{
	"земля": true, "луна": true, "солнце": true, "юпитер": true, "сатурн": true, "нептун": true, "плутон": true,
}

// planetLemmas name planets and persons or things too (Марс, Венера), so
// they count as heavenly bodies only in a text that names one of
// celestialLemmas.
var planetLemmas = map[string]bool{"марс": true, "венера": true, "меркурий": true, "уран": true}

// celestialBodies adds a LOCATION for a heavenly body's name capitalized
// inside a sentence («на Землю», «к Луне»; not «Земля» opening one, which
// may be soil or land) that no mention overlaps. In NEREL v1.1 train such
// words are LOCATION in 6 of 8 cases (Земля; train has no Луна); factRuEval
// marks them Location. In a text that names one, the names of planets that
// are also persons' names (planetLemmas: «к Марсу») are added too, and a
// one-word PERSON mention of one is retyped.
func (r *Refiner) celestialBodies(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	var planets []doc.Span
	for _, s := range sents {
		for i, t := range s.Tokens {
			if i == 0 || !tokenize.IsUpper(firstRune(t.Text)) || s.Tokens[i-1].Text == "«" {
				continue
			}
			if !celestialStart(t.Text) {
				continue // (most capitalized words: no need to parse them)
			}
			lemmas := r.nounLemmas(t.Text)
			switch {
			case anyIn(lemmas, celestialLemmas):
				if !overlapsAny(ms, t.Span) {
					added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "LOCATION"})
				}
			case anyIn(lemmas, planetLemmas):
				planets = append(planets, t.Span)
			}
		}
	}
	if len(added) == 0 || len(planets) == 0 {
		return withAdded(ms, added)
	}
	out := make([]doc.Mention, 0, len(ms))
	for _, m := range ms {
		for _, p := range planets {
			if m.Span == p && m.Type == "PERSON" {
				m.Type = "LOCATION"
			}
		}
		out = append(out, m)
	}
	for _, p := range planets {
		if !overlapsAny(out, p) {
			added = append(added, doc.Mention{Span: p, Text: string(text[p.Start:p.End]), Type: "LOCATION"})
		}
	}
	return withAdded(out, added)
}

// overlapsAny reports whether a mention of ms overlaps s.
func overlapsAny(ms []doc.Mention, s doc.Span) bool {
	for _, m := range ms {
		if m.Overlaps(s) {
			return true
		}
	}
	return false
}

// celestialStems begin every form of the names of celestialLemmas and
// planetLemmas.
var celestialStems = []string{"земл", "лун", "солнц", "юпитер", "сатурн", "нептун", "плутон", "марс", "венер", "меркури", "уран"}

// celestialStart reports whether w begins like a heavenly body's name.
func celestialStart(w string) bool {
	for _, s := range celestialStems {
		// (the stems' letters take two bytes in either case)
		if foldPrefix(w, s) {
			return true
		}
	}
	return false
}
