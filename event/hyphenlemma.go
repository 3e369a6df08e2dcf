package event

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// hyphenLemma returns the lemma of word, read as p, a noun, with the first
// part of a hyphenated person's post put in the nominative too: the
// dictionary reads such a word by its last part alone, so
// «журналиста-расследователя» has the lemma «журналиста-расследователь»,
// while the post's canonical name is «журналист-расследователь» (names'
// hyphenPost). The first part must be an animate noun the dictionary knows
// in p's case and number; any other lemma is p's own, «ё» read as «е».
func (x *Extractor) hyphenLemma(word string, p morph.Parse) string {
	l := strings.ReplaceAll(p.Normal, "ё", "е")
	a, _, ok := strings.Cut(strings.ToLower(word), "-")
	la, lb, ok2 := strings.Cut(l, "-")
	if !ok || !ok2 || la != strings.ReplaceAll(a, "ё", "е") || p.Tag.POS() != morph.NOUN || p.Tag.Case() == morph.Nomn {
		return l
	}
	for _, q := range x.A.Parse(a) {
		if q.Method() == morph.MethodDictionary && q.Tag.POS() == morph.NOUN && q.Tag.Is(morph.Anim) && q.Tag.Case() == p.Tag.Case() && q.Tag.Number() == p.Tag.Number() {
			return strings.ReplaceAll(q.Normal, "ё", "е") + "-" + lb
		}
	}
	return l
}
