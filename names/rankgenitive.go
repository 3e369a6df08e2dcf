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
	if !c.rankGenitive(prev) {
		return ""
	}
	return matchCase(w, stem)
}

// rankGenitive reports whether w has readings of the dictionary's own,
// every one a masculine singular noun in the genitive or accusative, one
// of a person, and none a person's name: «Генерала», «Маршала»,
// «Академика».
func (c *Canonicalizer) rankGenitive(w string) bool {
	ps := c.A.Parse(w)
	person := false
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || p.Tag.POS() != morph.NOUN || p.Tag.Gender() != morph.Masc || !p.Tag.Is(morph.Sing) ||
			p.Tag.Case() != morph.Gent && p.Tag.Case() != morph.Accs || p.Tag.PersonName() {
			return false
		}
		person = person || p.Tag.Is(morph.Anim)
	}
	return person
}

// honoreeName reports whether words, a place's or a building's name, open
// with a capitalized rank in the genitive (rankGenitive) before another
// capitalized word: the name of a person the place honours, in the
// genitive, which is the place's name as written (a metro station
// «„Генерала Тюленева“», a street «Маршала Бирюзова»); read as a head noun
// with its genitive, it was «Генерал Тюленева».
func (c *Canonicalizer) honoreeName(words []string) bool {
	return len(words) >= 2 && capitalized(words[0]) && capitalized(words[1]) && cyrillicWord(words[0]) && c.rankGenitive(words[0])
}
