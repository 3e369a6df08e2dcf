package names

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// hyphenPost puts the first part of a hyphenated post in the case and
// number its phrase gave the whole word: the dictionary reads such a word
// by its last part alone, so «летчика-испытателя», «инженером-конструктором»,
// «врачом-терапевтом» were named «летчика-испытатель», «инженером-конструктор».
// written is the word as the text has it, named the name the phrase gave it
// from p, the reading of written it chose; want the grammemes it was put in.
// The first part must be an animate noun (a person's), in lower case or
// capitalized at a sentence's start («Летчика-испытателя»), that the
// dictionary knows in p's case and number (not «премьер» of
// «премьер-министров», the genitive plural of «премьера»): a first part that does not decline («генерал-лейтенанта»,
// «премьер-министра», «вице-премьера») keeps its form. ok is false when
// nothing changes.
func (c *Canonicalizer) hyphenPost(written, named string, p morph.Parse, want []morph.Grammeme) (string, bool) {
	a, b, ok := strings.Cut(written, "-")
	na, nb, ok2 := strings.Cut(named, "-")
	if !ok || !ok2 || na != a || strings.Contains(b, "-") || !cyrillicWord(a) || !cyrillicWord(b) || p.Tag.POS() != morph.NOUN {
		return "", false
	}
	lower := strings.ToLower(a)
	if a != lower && a != upperFirst(lower) {
		// (an acronym's capitals: «ВИЧ-инфицированного»)
		return "", false
	}
	cas, num := p.Tag.Case(), morph.Sing
	if p.Tag.Is(morph.Plur) {
		num = morph.Plur
	}
	if cas == morph.Nomn {
		return "", false
	}
	for _, q := range c.A.Parse(lower) {
		if q.Method() != morph.MethodDictionary || q.Tag.POS() != morph.NOUN || !q.Tag.Is(morph.Anim) || baseCase(q.Tag.Case()) != baseCase(cas) || !q.Tag.Is(num) {
			continue
		}
		f, ok := c.A.InflectTo(q, want...)
		if !ok || f.Word == lower {
			continue
		}
		return matchCase(a, f.Word) + "-" + nb, true
	}
	return "", false
}
