package names

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// bareLocative reports whether the one-word mention m, a capitalized word
// the dictionary does not know ending in -е, is read by the tagger in the
// locative though no locative or dative preposition governs it:
// none stands between it and the verb, dash or sentence end before it
// (within 12 tokens of toks, in text order). Russian has no locative
// without a preposition, and a dative the tagger would have read as such,
// so the word is a foreign name that does not decline: «пять кланов —
// Бонанно, Гамбино, Дженовезе, Коломбо и Луккезе» (not «в Ливерпуле и
// Энфилде», «о Пантусе»). A hyphenated town on a river («Николаевска-на-Амуре»,
// «Ростове-на-Дону») is no such word: its final -е is the river's locative
// after the «на» inside the word, and the town before it declines.
func (c *Canonicalizer) bareLocative(toks []doc.Token, m doc.Mention) bool {
	w := m.Text
	hs := Hints(tokensIn(toks, m.Span))
	if len(hs) != 1 {
		return false
	}
	if h := hs[0]; h.Case != morph.Loct || !h.Proper || !strings.HasSuffix(w, "е") || !tokenize.StartsUpper(w) || strings.ContainsAny(w, " «»\"") {
		return false
	}
	if strings.Contains(strings.ToLower(w), "-на-") {
		return false
	}
	if foreignDeclension(w, c.A.Parse(w), "", false) != follower {
		return false
	}
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= m.Start })
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		t := toks[k]
		p := strings.ToLower(t.Text)
		switch {
		case p == "." || p == "!" || p == "?" || p == "—" || p == ":" || t.POS == "VERB":
			return true
		case loctPreps[p] || datvPreps[p]:
			return false
		}
	}
	return j == 0 || j <= 12
}
