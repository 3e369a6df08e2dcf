package refine

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// natureWordPlaces makes a LOCATION of a capitalized one-word LANGUAGE or
// NATIONALITY mention right after a lower-case noun of a natural place
// (natureHeads): «на острове Русский» (a LANGUAGE: the island's name is
// the adjective of the language), «мыс Русский». anchoredTypes, which types
// the names after such nouns, leaves these types alone, as it carries a
// name's type to its other mentions and «русского языка» is a LANGUAGE.
// Here the other capitalized mentions of the word that open no sentence
// («кампус на Русском») follow: a language or a people is written in lower
// case in Russian. NEREL train has no such name (the 152 capitalized words
// after those nouns the recognizer types as gold does; 0 of 0).
func (r *Refiner) natureWordPlaces(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(natureHeads) {
		return ms
	}
	var names []string // the lemmas of the names so placed
	for _, m := range ms {
		if m.Type != "LANGUAGE" && m.Type != "NATIONALITY" || !tokenize.IsWord(m.Text) || !tokenize.StartsUpper(m.Text) {
			continue
		}
		toks := sentenceTokens(sents, m)
		i, last := mentionTokens(toks, m)
		if i < 1 || i != last || !tokenize.StartsLower(toks[i-1].Text) || !anyIn(r.nounLemmas(toks[i-1].Text), natureHeads) {
			continue
		}
		names = append(names, r.facts(m.Text).lemmas...)
	}
	if len(names) == 0 {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if m.Type != "LANGUAGE" && m.Type != "NATIONALITY" || !tokenize.IsWord(m.Text) || !tokenize.StartsUpper(m.Text) {
			return ""
		}
		if i, _ := mentionTokens(sentenceTokens(sents, m), m); i < 1 {
			return "" // (a sentence's first word: «Русский язык …»)
		}
		if slices.ContainsFunc(r.facts(m.Text).lemmas, func(l string) bool { return slices.Contains(names, l) }) {
			return "LOCATION"
		}
		return ""
	})
}
