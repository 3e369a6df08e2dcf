package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/tokenize"
)

// honoredTypes are the types of names that «имени» and a person's name
// may end («премия имени И. Я. Померанчука», «МГУ имени М. В.
// Ломоносова», «стадион имени Ленина»).
var honoredTypes = map[string]bool{"ORGANIZATION": true, "AWARD": true, "FACILITY": true}

// mergeHonoreeNames joins the groups of one thing named after a person
// under the forms a text gives its name: with and without the person's
// initials («премия имени И. Я. Померанчука» and «премию имени
// Померанчука»), and an acronym alone with the acronym «имени» the person
// («МГУ имени М. В. Ломоносова» and «МГУ»). The fuller name, the longer,
// names the entity.
func mergeHonoreeNames(groups []*group) {
	type key struct{ typ, name string }
	var honored []*group
	for _, g := range groups {
		if !g.merged() && honoredTypes[g.typ] && strings.Contains(g.name(), " имени ") {
			honored = append(honored, g)
		}
	}
	if honored == nil {
		return
	}
	byName := map[key][]*group{}
	for _, g := range groups {
		if !g.merged() && honoredTypes[g.typ] {
			k := key{g.typ, Normalize(g.name())}
			byName[k] = append(byName[k], g)
		}
	}
	for _, g := range honored {
		name := g.name()
		var keys []string
		if short := withoutInitials(name); short != name {
			keys = append(keys, short)
		}
		if before, _, _ := strings.Cut(name, " имени "); tokenize.IsAcronym(before) {
			keys = append(keys, before)
		}
		for _, k := range keys {
			for _, o := range byName[key{g.typ, Normalize(k)}] {
				if root(o) != root(g) {
					absorb(g, o)
				}
			}
		}
	}
}

// withoutInitials returns name without the initials in it («И. Я.»,
// «М.В.»).
func withoutInitials(name string) string {
	var kept []string
	for _, w := range strings.Fields(name) {
		if isInitials(w) {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// isInitials reports whether w is one or more capital letters, each
// followed by a full stop.
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(w) == n || w[n] != '.' {
			return false
		}
		w = w[n+1:]
	}
	return true
}

// statusWords are the words of a university's status that the text may
// leave out when it names it again («Томский государственный
// университет» … «Томский университет»), normalized.
var statusWords = map[string]bool{"государственный": true, "федеральный": true, "национальный": true, "исследовательский": true}

// mergeStatusNames joins an organization named «… университет» without
// its status words (statusWords) to the one of the document named with
// them: «Томский университет» is the «Томский государственный
// университет» of the text. Only a name of two words or more left, whose
// last word is «университет», and only when one organization fits.
func mergeStatusNames(groups []*group) {
	full := map[string][]*group{}
	for _, g := range groups {
		if g.merged() || g.typ != "ORGANIZATION" {
			continue
		}
		words := strings.Fields(Normalize(g.name()))
		if len(words) < 3 || words[len(words)-1] != "университет" {
			continue
		}
		var kept []string
		for _, w := range words {
			if !statusWords[w] {
				kept = append(kept, w)
			}
		}
		if len(kept) < len(words) && len(kept) >= 2 {
			k := strings.Join(kept, " ")
			full[k] = append(full[k], g)
		}
	}
	if len(full) == 0 {
		return
	}
	for _, g := range groups {
		if g.merged() || g.typ != "ORGANIZATION" {
			continue
		}
		if fs := full[Normalize(g.name())]; len(fs) == 1 && root(fs[0]) != root(g) {
			absorb(fs[0], g)
		}
	}
}
