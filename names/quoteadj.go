package names

import (
	"slices"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// adjectivesBeforeQuote returns the number of lower-case adjectives that
// open an organization's name of the form «adjectives „Word“» — one word
// in quotes after them — or 0: «московского „Центра“», «ленинградского
// „Телевизора“» (a band named by its city's adjective, as factRuEval tags
// it).
func (c *Canonicalizer) adjectivesBeforeQuote(words []string) int {
	k := len(words) - 3
	if k < 1 || !isQuote(words[k]) || !isQuote(words[k+2]) || !cyrillicWord(words[k+1]) || !tokenize.StartsUpper(words[k+1]) {
		return 0
	}
	for _, w := range words[:k] {
		if !cyrillicWord(w) || !tokenize.StartsLower(w) ||
			!slices.ContainsFunc(c.A.Parse(w), func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF }) {
			return 0
		}
	}
	return k
}

// describedQuote puts «adjectives „Word“» in the nominative as one phrase
// whose noun is the quoted word, so that the adjectives agree with it:
// «лидер московского „Центра“» → московский «Центр» (was «московское
// „Центра“»: alone, the adjective was read as a neuter and the quoted
// word kept as written). nil when the words agree in no case.
func (c *Canonicalizer) describedQuote(words []string, hints []Hint, oblique bool, prev string) []string {
	k := c.adjectivesBeforeQuote(words)
	in := c.phrase(append(words[:k:k], words[k+1]), append(hints[:k:k], hints[k+1]), oblique, prev, false)
	if len(in) != k+1 {
		return nil
	}
	return append(append(in[:k:k], words[k], in[k]), words[k+2])
}
