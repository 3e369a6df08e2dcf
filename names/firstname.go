package names

import (
	"slices"

	"github.com/factgraph/factgraph/morph"
)

// firstNameReadings gives the readings of the first word of a person's
// name of two words or more (i its index, n the number of words) without
// its surname readings when the dictionary also reads it as a first name
// in the case and gender chosen for the name: a name opens with the first
// name («о командире экипажа Павле Сидорове»: Павел, not the surname
// Павля, which the dictionary lists first at the same score). Other words,
// and a first word with no such first name's reading, keep all readings.
func firstNameReadings(ps []morph.Parse, i, n int, cas, gen morph.Grammeme) []morph.Parse {
	if i != 0 || n < 2 {
		return ps
	}
	name := func(p morph.Parse) bool {
		return p.Tag.Is(morph.Name) && p.Tag.Case() == cas && p.Tag.Is(morph.Sing) && (p.Tag.Gender() == gen || p.Tag.Is(morph.MsF))
	}
	if !slices.ContainsFunc(ps, name) {
		return ps
	}
	return slices.DeleteFunc(slices.Clone(ps), func(p morph.Parse) bool { return p.Tag.Is(morph.Surn) && !p.Tag.Is(morph.Name) })
}
