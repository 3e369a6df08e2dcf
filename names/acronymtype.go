package names

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// mergeAcronymTypes folds a group of an acronym into the group of another
// title type whose name's initials spell it, one word a letter, when no
// other group of the acronym's own type has such a name and exactly one
// group of the other type does: «Международной космической станции»
// (FACILITY) and «российского сегмента МКС», whose nested «МКС» the
// recognizer read as an ORGANIZATION, are one station. The mentions keep
// the types the recognizer gave them (NEREL types the station either way,
// and the acronym and the full name alike within a text). Only
// organizations and facilities: a person's or a post's name gives none
// («СК» of «Сулейман Керимов», «МИД» of «министр иностранных дел»).
func mergeAcronymTypes(groups []*group) {
	for _, g := range groups {
		if g.merged() || !acronymTypeKinds[g.typ] || len(g.mentions) == 0 {
			continue
		}
		acr := g.mentions[0].Text
		if !allCaps(acr) || strings.Contains(acr, " ") || utf8.RuneCountInString(acr) < 3 ||
			slices.ContainsFunc(g.mentions, func(m doc.Mention) bool { return m.Text != acr }) {
			continue
		}
		var target *group
		count := 0
		for _, h := range groups {
			if h == g || h.merged() || !acronymTypeKinds[h.typ] || !slices.ContainsFunc(h.names, func(n string) bool { return initialsOf(acr, n) }) {
				continue
			}
			if h.typ == g.typ {
				count = 2 // a name of its own type: left to mergePartial
				break
			}
			target = h
			count++
		}
		if count == 1 {
			absorb(target, g)
		}
	}
}

// acronymTypeKinds are the types mergeAcronymTypes joins.
var acronymTypeKinds = map[string]bool{"ORGANIZATION": true, "FACILITY": true}

// initialsOf reports whether acr is spelt by name's initials, one word
// (stop words aside) a letter: МКС of «Международная космическая станция»,
// not of a name whose words give more letters each (acronymOf's
// «ЭлектроМеханический»).
func initialsOf(acr, name string) bool {
	n := 0
	for _, w := range strings.Fields(name) {
		if !stopWords[strings.ToLower(w)] {
			n++
		}
	}
	return n == utf8.RuneCountInString(acr) && acronymOf(acr, name)
}
