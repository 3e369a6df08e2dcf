package event

import "github.com/factgraph/factgraph/doc"

// coordinatedPlaces adds as places of ev the places of its sentence joined
// by «и» or a comma to its place, a mention of the same type: «прошли
// конференции в Берлине и Москве», «обыски, проведенные в Монсе и
// Льеже», «торжества состоятся в Филадельфии, Нью-Йорке и Аннаполисе».
// NEREL relates each place of such a list to the event (TAKES_PLACE_IN);
// one of another type is no member of the list but a larger place that
// names where the first lies («в Ньюарке, штат Нью-Джерси»). ms are the
// mentions, inSent the indexes of those of the trigger's sentence.
func coordinatedPlaces(ev *doc.Event, text []rune, ms []mention, inSent []int) {
	if ev.Place == "" {
		return
	}
	for _, mi := range inSent {
		m := ms[mi]
		if !placeTypes[m.Type] || m.nested || m.entity == ev.Place || hasArg(ev, m.entity) || !properName(m.Text) {
			continue
		}
		if coordinated(text, ms, inSent, ev.Place, m) {
			ev.Arguments = append(ev.Arguments, doc.Argument{Role: RolePlace, Entity: m.entity})
		}
	}
}
