package event

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// describedPlace reports whether the sentence names the place id only in a
// person's description set off from the trigger: a post followed by «в»,
// «во» or «на» and the place («Его брат, генерал, замначальника штаба ВМС в
// Южно-Китайском море, умер в 2014 году»; «Умер Ли Пэн — инициатор
// расправы на площади Тянаньмэнь»), with a comma or a dash between that
// phrase and the trigger. The place tells where the person served, not
// where the event was: NEREL relates no such place to it (TAKES_PLACE_IN),
// though the relations read one.
func describedPlace(text []rune, ms []mention, inSent []int, t trigger, id string) bool {
	seen := false
	for _, mi := range inSent {
		m := ms[mi]
		if m.entity != id || m.nested {
			continue
		}
		if !afterPost(text, ms, inSent, t, m) {
			return false
		}
		seen = true
	}
	return seen
}

// afterPost reports whether the place mention m follows a PROFESSION
// mention with only a locative preposition between, that phrase parted
// from the trigger t by a comma or a dash (describedPlace).
func afterPost(text []rune, ms []mention, inSent []int, t trigger, m mention) bool {
	for _, pi := range inSent {
		p := ms[pi]
		if p.Type != "PROFESSION" || p.End > m.Start || p.nested {
			continue
		}
		switch strings.TrimSpace(string(text[p.End:m.Start])) {
		case "в", "во", "на":
		default:
			continue
		}
		var gap string
		switch {
		case t.span.Start >= m.End:
			gap = string(text[m.End:t.span.Start])
		case t.span.End <= p.Start:
			gap = string(text[t.span.End:p.Start])
		default:
			continue
		}
		if strings.ContainsAny(gap, ",—–") {
			return true
		}
	}
	return false
}

// dropDescribedPlace takes from ev its place when describedPlace holds for
// it, and the place arguments of that entity.
func dropDescribedPlace(ev *doc.Event, text []rune, ms []mention, inSent []int, t trigger) {
	if ev.Place == "" || !describedPlace(text, ms, inSent, t, ev.Place) {
		return
	}
	old := ev.Place
	ev.Place = ""
	ev.Arguments = slices.DeleteFunc(ev.Arguments, func(a doc.Argument) bool { return a.Role == RolePlace && a.Entity == old })
}
