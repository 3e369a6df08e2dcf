package event

import "github.com/factgraph/factgraph/doc"

// leadParties adds to the headline's event prev, which names no agent, the
// organizations and states the lead's sentence that tells it again (ev)
// makes its agents: «Беспилотники атаковали Брянскую область» …
// «Вооруженные силы Украины в ночь на субботу атаковали беспилотниками
// Брянскую область», «Двое россиян арестованы» … «Полиция арестовала
// …». A headline tells an event short, most often in the passive or with
// the means for its subject; the lead names who did it (the persons of
// the lead join the headline's event in any case). The caller keeps to
// the taxonomy's events other than deaths: NEREL train relates the lead's
// agent to an event outside it, or to a death, once in five.
func leadParties(prev *doc.Event, ev doc.Event, types map[string]string) {
	if hasRole(prev, RoleAgent) || hasRole(prev, RoleOrganizer) {
		return
	}
	for _, a := range ev.Arguments {
		if !partyTypes[types[a.Entity]] || types[a.Entity] == "PERSON" || hasArg(prev, a.Entity) {
			continue
		}
		if a.Role == RoleAgent {
			prev.Participants = appendNew(prev.Participants, a.Entity)
			prev.Arguments = append(prev.Arguments, a)
		}
	}
}

// leadRetoldDate is the date the lead's event ev, which tells the
// headline's undated event again with no day of its own (trigger t, in the
// lead), takes from the time the story is in: «Беспилотники атаковали
// Брянскую область, погиб мужчина» … «Вооруженные силы Украины в ночь на
// субботу атаковали … В результате удара погиб 54-летний местный житель»:
// the death is of that Saturday too. (The caller keeps to a sentence
// that names no date: one it names, «задержала 5 человек по делу о
// перестрелке, в результате которой 28 апреля …», is most often another
// event's.)
func leadRetoldDate(ev doc.Event, t trigger) string {
	if t.typ == Other {
		return ""
	}
	return ev.Date
}
