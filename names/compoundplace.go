package names

import (
	"strings"
	"unicode/utf8"
)

// adjectiveName returns the one-word name whose stem a place adjective of
// the place named name (in the nominative, of two words or more) begins
// with, for mergePlaceAdjectives; "" for another name.
//   - a region's formal name (regionFullRoot) gives its adjective:
//     «вологодская область» → «вологодская», the stem of «Вологодский»
//     (NEREL types «вологодских» STATE_OR_PROVINCE, as the region);
//   - a town of an adjective and a noun gives the two stems joined, as
//     the town's adjective joins them: «нижний тагил» → «нижнетагил»
//     (Нижнетагильский), «старый оскол» → «старооскол», «великие луки» →
//     «великолуки» (Великолукский). The vowel between them is -е- after a
//     soft stem (нижн-), -о- after another. The noun is a proper name,
//     capitalized («Белорусское государство» is no town's name), and the
//     adjective is none of a place's own (-ский, -цкий: «бельгийский» is
//     no adjective of «Бельгийское Конго»).
func adjectiveName(name string) string {
	norm := Normalize(name)
	words := strings.Fields(norm)
	if len(words) < 2 {
		return ""
	}
	if regionFullRoot(norm) != "" {
		return words[0]
	}
	if len(words) != 2 || !capitalized(strings.Fields(name)[1]) || strings.ContainsAny(norm, "-\"«».0123456789") || utf8.RuneCountInString(words[1]) < 3 {
		return ""
	}
	if placeStem(words[0]) != "" && (strings.Contains(words[0], "ск") || strings.Contains(words[0], "цк")) {
		// «Бельгийское Конго», «Российская Федерация»: a place's own
		// adjective names another place (бельгийский is Бельгия's)
		return ""
	}
	for _, e := range []string{"ний", "няя", "нее", "ние"} {
		// «нижний», «верхняя»: a soft stem in -н
		if stem, ok := strings.CutSuffix(words[0], e); ok && utf8.RuneCountInString(stem) >= 3 {
			return stem + "не" + words[1]
		}
	}
	for _, e := range []string{"ий", "ый", "ой", "ая", "ое", "ие", "ые"} {
		if stem, ok := strings.CutSuffix(words[0], e); ok && utf8.RuneCountInString(stem) >= 3 {
			return stem + "о" + words[1]
		}
	}
	return ""
}
