package names

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// streetKinds are the lemmas of the nouns of a street or a square whose
// name, a capitalized adjective, may follow them and agree with them:
// «на улице Садовой», «по проспекту Ленинскому», «в переулке Тихом».
var streetKinds = map[string]bool{
	"улица": true, "проспект": true, "переулок": true, "бульвар": true, "шоссе": true, "площадь": true,
	"набережная": true, "проезд": true, "тупик": true, "аллея": true, "тракт": true,
}

// streetAdjectives puts into the nominative the capitalized adjectives
// right after the head noun head of a street's name, words[n:], that
// agree with it in case, number and gender: «на улице Советской» →
// «улица Советская», «улице Малой Садовой» → «улица Малая Садовая»
// (phrase declined only the noun and left «улица Советской»). A word that
// is no such adjective — a person's genitive, «улице Бекетова», or a
// number — leaves the rest as written. out holds the words phrase made,
// changed in place.
func (c *Canonicalizer) streetAdjectives(words, out []string, n int, head morph.Parse) {
	if n >= len(words) || !streetKinds[head.Normal] || head.Tag.Case() == morph.Nomn || !head.Tag.Is(morph.Sing) {
		return
	}
	var forms []string
	for _, w := range words[n:] {
		if !cyrillicWord(w) || !tokenize.StartsUpper(w) || strings.Contains(w, "-") {
			return
		}
		var adj *morph.Parse
		for _, p := range c.A.Parse(w) {
			if p.Tag.POS() == morph.ADJF && p.Method() == morph.MethodDictionary && !p.Tag.PersonName() && !p.Tag.Is(morph.Apro) &&
				p.Tag.Case() == head.Tag.Case() && p.Tag.Is(morph.Sing) && p.Tag.Gender() == head.Tag.Gender() {
				adj = &p
				break
			}
		}
		if adj == nil {
			return
		}
		f, ok := c.A.InflectTo(*adj, morph.Nomn, morph.Sing, head.Tag.Gender())
		if !ok {
			return
		}
		forms = append(forms, matchCase(w, f.Word))
	}
	copy(out[n:], forms)
}
