package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// districtAdjective reports whether t, a city, is the adjective that opens
// the organization h right before «районный» and h names another city right
// after it («Кировский районный суд Екатеринбурга», «Выборгском районном
// суде Санкт-Петербурга»): the adjective names the district (here after
// Киров the man), the court sits in the other city. NEREL v1.1 train
// relates the court to the city of the genitive («Ленинский районный суд
// Кирова HEADQUARTERED_IN Кирова», «Выборгском районном суде
// HEADQUARTERED_IN Санкт-Петербурга»), not to the adjective; the court
// with no other city keeps it («Тюменский районный суд HEADQUARTERED_IN
// Тюменский»).
func districtAdjective(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.Type != "CITY" || t.Start != h.Start || t.End >= h.End {
		return false
	}
	i := t.End
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if !strings.HasPrefix(strings.ToLower(string(text[i:min(i+6, len(text))])), "районн") {
		return false
	}
	for _, o := range mentions {
		if o.Type == "CITY" && o.Start > t.End && o.Start <= h.End+1 {
			return true // inside h or right after it
		}
	}
	return false
}
