package names

import (
	"strings"
	"unicode/utf8"
)

// fixedMinistry reports whether w is the short name of a ministry of
// «Мин» and the genitive of its field, which does not decline
// («Минобрнауки», «Минприроды», «Минпросвещения», «Минэкономразвития»,
// «Минэнерго»), as opposed to one of «Мин» and a stump that declines as
// a masculine noun («Минздрава», «Минстроя»): the genitive ends in -ы,
// -и, -ия or -о.
func fixedMinistry(w string) bool {
	rest, ok := strings.CutPrefix(w, "Мин")
	if !ok || utf8.RuneCountInString(rest) < 4 {
		return false
	}
	return strings.HasSuffix(rest, "ы") || strings.HasSuffix(rest, "и") || strings.HasSuffix(rest, "ия") || strings.HasSuffix(rest, "о")
}

// ministryStem cuts the genitive ending off the normalized short name of
// a fixedMinistry («минцифры» → «минцифр», «минпросвещения» →
// «минпросвещен»), so that syllabicOf reads its stumps off the full name
// («Министерство цифрового развития …»).
func ministryStem(na string) string {
	for _, e := range []string{"ия", "ы", "и", "о"} {
		if s, ok := strings.CutSuffix(na, e); ok {
			return s
		}
	}
	return na
}

// obliqueCompound reports whether the stump compound a (normalized na),
// left by the canonicalizer in the genitive of a noun in -а («Мосбиржи»,
// «торгов Мосбиржи»: the guesser reads it as a plural nominative too), is
// made of the beginnings of the words of b once its ending is cut:
// «мосбирж» of «Московская биржа». fixedMinistry's short names, whose
// genitive is their name, have their own test.
func obliqueCompound(a, na, b string) bool {
	if fixedMinistry(a) || !strings.HasSuffix(na, "и") && !strings.HasSuffix(na, "ы") {
		return false
	}
	stem := na[:len(na)-len("и")]
	return utf8.RuneCountInString(stem) >= 5 && syllabicOf(stem, b)
}
