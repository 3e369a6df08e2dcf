package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// compoundCountries makes the two parts of a compound adjective of two
// countries each a COUNTRY: «российско-британской певицы» gives
// «российско» and «британской», «американо-китайских переговоров»
// «американо» and «китайских». The first part is the stem of a country's
// adjective in -о (российск-о, американ-о, итал-о: names.CompoundPart),
// the second a full adjective of a country (names.AdjectivePlace names the
// state of each). NEREL v1.1
// tags 13 of the 14 such adjectives of train two COUNTRY mentions
// (российско-американский 6, сирийско-американского, советско-российском,
// российско-кубинских …; the other a COUNTRY and a RELIGION), never the
// whole (compoundAdjective drops the whole word the recognizer tags);
// adjectives of a region's parts (Азиатско-Тихоокеанский,
// Приволжско-Уральский) name no country.
func (r *Refiner) compoundCountries(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for t, parts := range hyphenPairs(sents) {
		first, second := parts[0], parts[1]
		if !tokenize.IsWord(first) || !tokenize.IsWord(second) || !strings.HasSuffix(first, "о") {
			continue
		}
		if adj := names.CompoundPart(r.A, first); adj == "" || !r.adjectiveOfCountry(adj) || !r.adjectiveOfCountry(second) {
			continue
		}
		n := len([]rune(first))
		for _, sp := range []doc.Span{{Start: t.Start, End: t.Start + n}, {Start: t.Start + n + 1, End: t.End}} {
			if !coveredBy(ms, sp) {
				added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "COUNTRY"})
			}
		}
	}
	return withAdded(ms, added)
}

// adjectiveOfCountry reports whether the dictionary has w as an
// adjective whose lemma names.AdjectivePlace reads as a country's
// (countries): «российский», «американский» (США), «советский» (СССР).
func (r *Refiner) adjectiveOfCountry(w string) bool {
	for _, p := range r.parse(w) {
		if p.Tag.POS() == morph.ADJF && p.Method() == morph.MethodDictionary && countries[fold(names.AdjectivePlace(r.A, fold(p.Normal)))] {
			return true
		}
	}
	return false
}
