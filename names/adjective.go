package names

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// placeTypes are the types whose adjectives NEREL tags like the place
// itself («российского» COUNTRY, «ижевского» CITY).
var placeTypes = map[string]bool{"COUNTRY": true, "CITY": true, "STATE_OR_PROVINCE": true, "DISTRICT": true, "LOCATION": true}

// adjectiveEndings are cut from a place adjective to get its stem, longest
// first.
var adjectiveEndings = []string{"ский", "цкий", "ской", "ская", "цкая", "ское", "цкое", "ские", "цкие", "ий", "ый", "ой", "ая", "ое", "ие", "ые"}

// mergePlaceAdjectives folds a group named by a one-word place adjective
// («российский», «ижевский») into the group of the same type whose name is
// the place (Россия, Ижевск), when exactly one name of the document begins
// like the adjective's stem: NEREL links such pairs as ALTERNATIVE_NAME
// (Японии … японского). Irregular pairs (белорусский, Беларусь;
// американский, США) stay apart.
func (l *Linker) mergePlaceAdjectives(groups []*group) {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return
	}
	for _, adj := range groups {
		if adj.merged || !placeTypes[adj.typ] {
			continue
		}
		name := Normalize(adj.name())
		stem := placeStem(name)
		if stem == "" || !l.adjective(name) {
			continue
		}
		var target *group
		n := 0
		for _, g := range groups {
			if g == adj || g.merged || g.typ != adj.typ {
				continue
			}
			full := Normalize(g.name())
			if strings.ContainsRune(full, ' ') || l.adjective(full) {
				continue
			}
			if p := commonPrefix(stem, full); p >= 4 && p >= utf8.RuneCountInString(stem)-2 {
				target = g
				n++
			}
		}
		if n == 1 {
			// the adjective's forms become aliases, never the name
			for range adj.names {
				adj.alias = append(adj.alias, true)
			}
			absorb(target, adj)
		}
	}
}

// placeStem returns a one-word adjective without its ending, or "".
func placeStem(name string) string {
	if strings.ContainsAny(name, " \"") {
		return ""
	}
	for _, e := range adjectiveEndings {
		if s, ok := strings.CutSuffix(name, e); ok && utf8.RuneCountInString(s) >= 3 {
			return s
		}
	}
	return ""
}

// adjective reports whether the most probable reading of w is a full
// adjective.
func (l *Linker) adjective(w string) bool {
	ps := l.Canon.A.Parse(w)
	return len(ps) > 0 && ps[0].Tag.POS() == morph.ADJF
}

// commonPrefix returns the number of leading runes a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}
