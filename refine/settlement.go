package refine

import (
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// settlementNouns are the lemmas of the nouns naming a kind of settlement
// that a settlement's name follows in apposition («в посёлке Мирный»).
var settlementNouns = map[string]bool{"деревня": true, "село": true, "поселок": true, "хутор": true, "станица": true,
	"аул": true, "город": true, "городок": true, "поселение": true}

// settlementRegions splits a place mention that runs from a settlement's
// name after a noun naming its kind over the region after it («в посёлке
// Мирный Архангельской области», read as one STATE_OR_PROVINCE) into the
// settlement, a CITY, and the region (adjectives and «области», «края» or
// «района»), unless the region is a mention already. NEREL v1.1 tags each
// of them apart («поселка Топольки Минусинского района», «селе Дорогинка
// Киевской области»).
func (r *Refiner) settlementRegions(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	have := lazySpans{ms: ms}
	for _, m := range ms {
		if !isPlaceType(m.Type) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 1 || last-first < 2 || utf8.RuneCountInString(toks[first-1].Text) < 3 || !anyIn(r.nounLemmas(toks[first-1].Text), settlementNouns) ||
			!tokenize.StartsUpper(toks[first].Text) || !tokenize.IsWord(toks[first].Text) {
			continue
		}
		region := ""
		for _, l := range r.nounLemmas(toks[last].Text) {
			if names.RegionNoun(l) != "" && r.genitive(toks[last].Text) {
				region = names.RegionNoun(l)
			}
		}
		if region == "" {
			continue
		}
		adjectives := true
		for _, t := range toks[first+1 : last] {
			adjectives = adjectives && tokenize.StartsUpper(t.Text) && r.likeliest(t.Text) == morph.ADJF
		}
		if !adjectives {
			continue
		}
		drop[m] = true
		city := doc.Mention{Span: doc.Span{Start: m.Start, End: toks[first].End}, Type: "CITY"}
		city.Text = string(text[city.Start:city.End])
		added = append(added, city)
		if sp := (doc.Span{Start: toks[first+1].Start, End: m.End}); !have.has(sp) {
			added = append(added, doc.Mention{Span: sp, Type: region, Text: string(text[sp.Start:sp.End])})
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}
