// Package names turns mentions into entities: it groups the mentions of one
// document that name the same thing and picks each entity's canonical name.
//
// This first version groups mentions of the same type whose normalized text
// is identical and names the entity by its longest mention; morphological
// normalization and partial-name merging build on it.
package names

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// Group gathers mentions into entities. Mentions of the same type whose
// texts match after normalization (case, ё/е, quote style, spacing) form one
// entity. Entities are numbered E1, E2, … in order of first mention; the
// mentions of each entity are sorted by position.
func Group(mentions []doc.Mention) []doc.Entity {
	ms := append([]doc.Mention(nil), mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	type key struct{ typ, norm string }
	index := map[key]int{}
	var out []doc.Entity
	for _, m := range ms {
		k := key{m.Type, Normalize(m.Text)}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, doc.Entity{ID: fmt.Sprintf("E%d", i+1), Type: m.Type, Name: m.Text})
		}
		e := &out[i]
		e.Mentions = append(e.Mentions, m)
		if len([]rune(m.Text)) > len([]rune(e.Name)) {
			e.Name = m.Text
		}
	}
	for i := range out {
		out[i].Aliases = aliases(out[i])
	}
	return out
}

// aliases lists the distinct mention texts other than the name.
func aliases(e doc.Entity) []string {
	seen := map[string]bool{e.Name: true}
	var out []string
	for _, m := range e.Mentions {
		if !seen[m.Text] {
			seen[m.Text] = true
			out = append(out, m.Text)
		}
	}
	return out
}

// Normalize folds a name for comparison: lower case, ё → е, every kind of
// quote mark → ", runs of spaces and dashes collapsed.
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == 'ё' || r == 'Ё':
			r = 'е'
		case r == '«' || r == '»' || r == '„' || r == '“' || r == '”' || r == '"':
			r = '"'
		case r == '–' || r == '—' || r == '‑':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
