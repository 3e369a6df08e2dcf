package names

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// rankGenitiveSurname returns the man's surname that w, a person's name of
// one word the dictionary does not know as a name (Тюленева, for it
// the short adjective of «тюленевый»), names after prev, a masculine
// noun of a person in the genitive or accusative («улица Генерала
// Тюленева», «сын генерала Шатилова»): a Russian surname in -ова, -ева,
// -ёва, -ина or -ына there is a man's in the same case (a woman's would end
// in -ой), whatever the tagger reads in the unknown word alone (a woman's
// nominative). prev must have readings of the dictionary's own, every one
// a masculine singular noun in the genitive or accusative, one of a
// person (Генерала, Маршала, Академика); "" when it does not apply.
func (c *Canonicalizer) rankGenitiveSurname(w, prev string) string {
	lw := strings.ToLower(w)
	stem, ok := strings.CutSuffix(lw, "а")
	if !ok || !cyrillicWord(w) || !capitalized(w) || allCaps(w) || utf8.RuneCountInString(stem) < 4 || !russianSurnameEnd(stem) || !cyrillicWord(prev) {
		return ""
	}
	for _, p := range c.A.Parse(w) {
		if p.Method() == morph.MethodDictionary && p.Tag.PersonName() {
			return "" // (a surname the dictionary knows is read in its case)
		}
	}
	ps := c.A.Parse(prev)
	person := false
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || p.Tag.POS() != morph.NOUN || p.Tag.Gender() != morph.Masc || !p.Tag.Is(morph.Sing) ||
			p.Tag.Case() != morph.Gent && p.Tag.Case() != morph.Accs || p.Tag.PersonName() {
			return ""
		}
		person = person || p.Tag.Is(morph.Anim)
	}
	if !person {
		return ""
	}
	return matchCase(w, stem)
}
