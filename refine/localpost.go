package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// localPostLemmas are the lemmas of the nouns of a region's or a town's
// head that a place's adjective may stand before, with the type of the
// place the post names: «курский губернатор», «московского мэра».
var localPostLemmas = map[string]string{
	"губернатор": "STATE_OR_PROVINCE", "вице-губернатор": "STATE_OR_PROVINCE",
	"мэр": "CITY", "вице-мэр": "CITY", "градоначальник": "CITY",
}

// localPosts adds, for a one-word place or people mention over an
// adjective of the suffix -ск-/-цк- right before a noun of localPostLemmas
// it agrees with, the PROFESSION of both («Вологодский губернатор»,
// «московского мэра») and the noun's own PROFESSION when no mention
// covers it; the adjective becomes the place the post names (a region for
// a governor, a town for a mayor: «кузбасский губернатор» serves Кузбасс,
// no people; «Вологодский губернатор» Вологодская область, not the town). NEREL v1.1 train tags
// «московского мэра» and «владимирского главы» so (a PROFESSION over
// both, the CITY nested); the recognizer leaves the post at the noun and
// reads the adjective as the person's origin.
func (r *Refiner) localPosts(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(nil, "губернатор", "вице-губернатор", "мэр", "вице-мэр", "градоначальник") {
		return ms
	}
	posts := spansOf(ms, "PROFESSION")
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "CITY" && m.Type != "STATE_OR_PROVINCE" && m.Type != "NATIONALITY" || strings.ContainsAny(m.Text, " ") || !countryAdjective(m.Text) {
			continue
		}
		noun, ok := tokenAfterWord(sents, m)
		if !ok {
			continue
		}
		place := ""
		for _, n := range r.parse(noun.Text) {
			if n.Tag.POS() == morph.NOUN && r.agreesWith(m.Text, n) && localPostLemmas[fold(n.Normal)] != "" {
				place = localPostLemmas[fold(n.Normal)]
			}
		}
		if place == "" {
			continue
		}
		if sp := (doc.Span{Start: m.Start, End: noun.End}); !posts[sp] {
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "PROFESSION"})
		}
		if !overlapsAny(ms, noun.Span) {
			added = append(added, doc.Mention{Span: noun.Span, Text: noun.Text, Type: "PROFESSION"})
		}
		if m.Type != place {
			drop[m] = true
			p := m
			p.Type = place
			added = append(added, p)
		}
	}
	return swapped(ms, drop, added)
}
