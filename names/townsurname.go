package names

import "github.com/factgraph/factgraph/morph"

// animateCommon reports whether p reads a word as an animate common noun:
// no place's and no person's name («королева», «орел» the bird is
// animate too but Орёл is read as a place first, Geox).
func animateCommon(p morph.Parse) bool {
	return p.Tag.POS() == morph.NOUN && p.Tag.Is(morph.Anim) && !p.Tag.PersonName() && !p.Tag.Is(morph.Geox)
}

// dictionarySurname reports whether the dictionary itself reads p as a
// surname. preferred takes such a reading of a word of a place's name over
// an animate common noun's: towns named after people (Королёв, Чехов,
// Пушкин) decline as the surname does, and no place is named by a common
// noun of a living being in its oblique case («в Королеве» is no form of
// «королева» in a place's name).
func dictionarySurname(p morph.Parse) bool {
	return p.Tag.Is(morph.Surn) && p.Method() == morph.MethodDictionary
}
