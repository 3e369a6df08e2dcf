package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// placeList reports whether places a and b are two members of one list of
// three places or more, joined by commas and a last «и» («посредники из
// ОАЭ, Гонконга и Турции»): places named side by side, neither inside the
// other. Only the outermost place mentions count, and two joined by commas
// alone («в Нью-Йорке, США») are no list. NEREL v1.1 train gold has no
// LOCATED_IN between members of such a list (490 ordered pairs).
func placeList(text []rune, a, b doc.Mention, mentions []doc.Mention) bool {
	if a.End > b.Start {
		a, b = b, a
	}
	if a.End > b.Start {
		return false
	}
	var ps []doc.Mention // the outermost place mentions
	for _, m := range mentions {
		if !isPlaceType(m.Type) {
			continue
		}
		inner := false
		for _, o := range mentions {
			if o != m && isPlaceType(o.Type) && o.Start <= m.Start && m.End <= o.End && o.End-o.Start > m.End-m.Start {
				inner = true
				break
			}
		}
		if !inner {
			ps = append(ps, m)
		}
	}
	slices.SortFunc(ps, func(x, y doc.Mention) int { return x.Start - y.Start })
	i, j := slices.Index(ps, a), slices.Index(ps, b)
	if i < 0 || j < 0 {
		return false
	}
	joiner := func(k int) string { // what joins ps[k] and ps[k+1]
		if ps[k].End > ps[k+1].Start {
			return ""
		}
		if w := strings.TrimSpace(string(text[ps[k].End:ps[k+1].Start])); w == "," || w == "и" {
			return w
		}
		return ""
	}
	// the list around a: from its first member to its last
	first, last := i, i
	for first > 0 && joiner(first-1) != "" {
		first--
	}
	for last+1 < len(ps) && joiner(last) != "" {
		last++
	}
	if j > last || last-first < 2 {
		return false
	}
	comma, and := false, false
	for k := first; k < last; k++ {
		comma = comma || joiner(k) == ","
		and = and || joiner(k) == "и"
	}
	return comma && and
}
