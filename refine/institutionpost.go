package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// bodyNouns are the lemmas of the nouns of a scientific, financial
// or state institution, which no post ends in the nominative.
var bodyNouns = map[string]bool{
	"фонд": true, "университет": true, "институт": true, "академия": true, "агентство": true, "банк": true,
}

// institutionPosts makes a PROFESSION of adjectives and a noun of an
// institution (bodyNouns) that the text writes right after a
// capitalized place adjective the recognizer read apart («Российский» +
// «научный фонд» of a headline's «Российский научный фонд объявил…») one
// ORGANIZATION over both, the place staying nested (a NATIONALITY
// becomes the COUNTRY) as in the body's other mentions («Российского научного фонда»). No PROFESSION of
// NEREL train and dev ends in such a noun (one ends in «банк» inside a
// quoted name); a post names the institution in the genitive («директор
// фонда»), which the rule leaves.
func (r *Refiner) institutionPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(bodyNouns) {
		return ms
	}
	var added []doc.Mention
	var drop []doc.Mention
	for _, m := range ms {
		if m.Type != "PROFESSION" || !strings.Contains(m.Text, " ") {
			continue
		}
		toks, first, last := tokensOf(sents, m)
		if first < 1 || last < 0 || !r.nominativeInstitution(toks[last].Text) {
			continue
		}
		adjectives := true
		for k := first; k < last && adjectives; k++ {
			adjectives = r.likeliest(toks[k].Text) == morph.ADJF
		}
		if !adjectives {
			continue
		}
		place := -1
		for i, p := range ms {
			if (isPlaceType(p.Type) || p.Type == "NATIONALITY") && p.Start == toks[first-1].Start && p.End == toks[first-1].End &&
				!strings.Contains(p.Text, " ") && r.likeliest(p.Text) == morph.ADJF && !tokenize.StartsLower(p.Text) {
				place = i
			}
		}
		if place < 0 {
			continue
		}
		sp := doc.Span{Start: ms[place].Start, End: m.End}
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "ORGANIZATION"})
		drop = append(drop, m)
		if ms[place].Type == "NATIONALITY" {
			// the country's adjective in its name, as in the body's
			// other mentions
			drop = append(drop, ms[place])
			c := ms[place]
			c.Type = "COUNTRY"
			added = append(added, c)
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return slices.Contains(drop, m) })
}

// nominativeInstitution reports whether w reads as a singular nominative
// noun of bodyNouns.
func (r *Refiner) nominativeInstitution(w string) bool {
	return slices.ContainsFunc(r.parse(w), func(p morph.Parse) bool {
		return p.Tag.POS() == morph.NOUN && p.Tag.Case() == morph.Nomn && p.Tag.Number() == morph.Sing && bodyNouns[fold(p.Normal)]
	})
}
