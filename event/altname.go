package event

import (
	"github.com/factgraph/factgraph/doc"
)

// alternativeNames reports whether the relations of d join the EVENT
// entities a and b by ALTERNATIVE_NAME (either way): the relation model
// reads them as two names of one event.
func alternativeNames(d *doc.Document, a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	for _, r := range d.Relations {
		if r.Type == "ALTERNATIVE_NAME" && (r.Head == a && r.Tail == b || r.Head == b && r.Tail == a) {
			return true
		}
	}
	return false
}

// namedAgain gives the event prev, which the trigger of ev tells again,
// the time and the place ev has when the relations name the two one event
// (alternativeNames) and prev has none of its own: «Умер польский
// композитор Кшиштоф Пендерецкий» … «Скончался 29 марта 2020 года …
// Кшиштоф Пендерецкий в Кракове» (ALTERNATIVE_NAME) → DEATH time «29 марта
// 2020 года», place Краков (were none: the body's time and place stay with
// the body's mention when NEREL keeps the two apart, as it does about one
// text in three).
func namedAgain(d *doc.Document, prev *doc.Event, ev doc.Event) {
	if !alternativeNames(d, prev.Entity, ev.Entity) {
		return
	}
	for _, a := range ev.Arguments {
		switch {
		case a.Role == RoleTime && !hasRole(prev, RoleTime):
			prev.Arguments = append(prev.Arguments, a)
		case a.Role == RolePlace && prev.Place == "":
			prev.Place = a.Entity
			prev.Arguments = append(prev.Arguments, a)
		}
	}
}
