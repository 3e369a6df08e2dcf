package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// celestialLemmas are the lemmas of the heavenly bodies a news text names
// as places: «полёт на Луну», «вернулся на Землю». Names that are also
// persons' or things' (Венера, Меркурий, Уран, Марс) are left out.
var celestialLemmas = map[string]bool{
	"земля": true, "луна": true, "солнце": true, "юпитер": true, "сатурн": true, "нептун": true, "плутон": true,
}

// celestialBodies adds a LOCATION for a heavenly body's name capitalized
// inside a sentence («на Землю», «к Луне»; not «Земля» opening one, which
// may be soil or land) that no mention overlaps. In NEREL v1.1 train such
// words are LOCATION in 6 of 8 cases (Земля; train has no Луна); factRuEval
// marks them Location.
func (r *Refiner) celestialBodies(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, s := range sents {
		for i, t := range s.Tokens {
			if i == 0 || !unicode.IsUpper([]rune(t.Text)[0]) || !anyIn(r.nounLemmas(t.Text), celestialLemmas) || s.Tokens[i-1].Text == "«" {
				continue
			}
			if overlapsAny(ms, t.Span) {
				continue
			}
			added = append(added, doc.Mention{Span: t.Span, Text: string(text[t.Start:t.End]), Type: "LOCATION"})
		}
	}
	return withAdded(ms, added)
}

// overlapsAny reports whether a mention of ms overlaps s.
func overlapsAny(ms []doc.Mention, s doc.Span) bool {
	for _, m := range ms {
		if m.Start < s.End && s.Start < m.End {
			return true
		}
	}
	return false
}
