package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// riverForms are the forms of «река» that end a river's compound name
// («Москва-река», «Москвы-реки», «на Москве-реке»).
var riverForms = map[string]bool{"река": true, "реки": true, "реке": true, "реку": true, "рекой": true, "рекою": true}

// riverCompound types a place mention whose name ends in a hyphen and a
// form of «река» a LOCATION: «Москва-река» is the river, not the city the
// recognizer reads in its first part. NEREL types rivers LOCATION («реки
// Волга»); train and dev hold no such compound (0 of 0).
func riverCompound(m doc.Mention) doc.Mention {
	if m.Type == "LOCATION" || !isPlaceType(m.Type) {
		return m
	}
	i := strings.LastIndexByte(m.Text, '-')
	if i <= 0 || strings.ContainsRune(m.Text[i:], ' ') || !riverForms[lowerCase(m.Text[i+1:])] {
		return m
	}
	m.Type = "LOCATION"
	return m
}
