package names

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// orgPlace is an organization group whose name ends in a place: the place's
// group and the name without it.
type orgPlace struct {
	g     *group
	place *group
	core  string
}

// mergeOrgPlaces joins two organizations named by two forms of one name
// followed by the same place: «МИД России» and «Министерство иностранных
// дел России», «Минобороны Белоруссии» and «Министерство обороны
// Республики Беларусь» (the places one entity already). The names without
// their places must be the same or one an acronym or a stump compound of
// the other (partOf), and the shorter must fit exactly one longer. The
// place is a mention of a place type that ends where a mention of the
// organization ends (ms sorted by start, groupOf giving the group of each).
//
// A name with no place («Министерство обороны», nested in «Министерство
// обороны России» or standing alone) is left to mergePartial, which keeps
// the inner mention of «МВД России» apart from it, as NEREL does.
func mergeOrgPlaces(ms []doc.Mention, groupOf []*group) {
	var orgs []orgPlace
	seen := map[*group]bool{}
	for i, m := range ms {
		g := root(groupOf[i])
		if m.Type != "ORGANIZATION" || seen[g] {
			continue
		}
		// a place ending where m ends starts after m: later in ms, which
		// is sorted by start
		for j := i + 1; j < len(ms) && ms[j].Start < m.End; j++ {
			p := ms[j]
			if !placeTypes[p.Type] || p.End != m.End || p.Start <= m.Start {
				continue
			}
			name := strings.Fields(g.name())
			place := strings.Fields(p.Text)
			n := len(place)
			if n >= len(name) || Normalize(strings.Join(name[len(name)-n:], " ")) != Normalize(p.Text) {
				break // (a group named otherwise: a mention of it merged into one without the place)
			}
			seen[g] = true
			orgs = append(orgs, orgPlace{g: g, place: root(groupOf[j]), core: strings.Join(name[:len(name)-n], " ")})
			break
		}
	}
	for _, short := range orgs {
		var target *group
		count := 0
		for _, long := range orgs {
			if long.g == short.g || long.place != short.place || !better(long.g.name(), short.g.name()) {
				continue
			}
			if Normalize(long.core) == Normalize(short.core) || partOf("ORGANIZATION", short.core, long.core) {
				if root(long.g) != target {
					target = root(long.g)
					count++
				}
			}
		}
		if count == 1 && root(short.g) != target {
			absorb(target, short.g)
		}
	}
}

// root returns the group that absorbed g, or g.
func root(g *group) *group {
	for g.into != nil {
		g = g.into
	}
	return g
}
