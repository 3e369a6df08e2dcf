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
