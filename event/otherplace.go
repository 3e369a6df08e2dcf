package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// settlementTypes are the place types otherPlace compares: two places of
// one of these types that differ name two places neither of which holds
// the other.
var settlementTypes = map[string]bool{"CITY": true, "COUNTRY": true}

// settlements maps the ID of each entity of d of a settlement type
// (settlementTypes) to its type and lower-case name, for otherPlace.
func settlements(d *doc.Document) map[string][2]string {
	out := map[string][2]string{}
	for _, e := range d.Entities {
		if settlementTypes[e.Type] {
			out[e.ID] = [2]string{e.Type, strings.ToLower(e.Name)}
		}
	}
	return out
}

// otherPlace reports whether places a and b (entity IDs, "" for none) are
// two places of one settlement type with other names (places, from
// settlements): «В Самаре задержали чиновника» … «полицейские задержали
// в Сызрани двух подозреваемых» tell two arrests. A city and its
// country, or one place missing, are no other place.
func otherPlace(places map[string][2]string, a, b string) bool {
	pa, okA := places[a]
	pb, okB := places[b]
	return okA && okB && pa[0] == pb[0] && pa[1] != pb[1]
}
