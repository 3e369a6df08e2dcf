package event

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// arrestedAttacker makes the attacker a participant of an arrest whose
// object is an attacker's noun, when the arrest has no person: «Полиция
// задержала стрелка через час после нападения. Им оказался 24-летний
// Джейсон Миллер» — the one arrested is Миллер. The person is the one
// named right after the noun (nameAfter: «задержала стрелка, 17-летнего
// школьника Димитриоса Пагуртзиса»), else the person agent of the story's
// first ATTACK (namedAttacker, which runs before); outSent holds the
// sentence of each event of out. NEREL relates the one
// arrested to the arrest (PARTICIPANT_IN).
func (x *Extractor) arrestedAttacker(d *doc.Document, ms []mention, bySent map[int][]int, types map[string]string, out []doc.Event, outSent []int) {
	attacker := ""
	for i := range out {
		if out[i].Type != Attack {
			continue
		}
		for _, a := range out[i].Arguments {
			if a.Role == RoleAgent && types[a.Entity] == "PERSON" {
				attacker = a.Entity
				break
			}
		}
		break
	}
	for i := range out {
		e := &out[i]
		if e.Type != Arrest || hasPerson(e, types) {
			continue
		}
		si := outSent[i]
		toks := d.Sentences[si].Tokens
		k := tokenAt(toks, e.Trigger.Start)
		for k >= 0 && k < len(toks) && toks[k].End <= e.Trigger.End {
			k++
		}
		// the attacker's noun ends the trigger or comes right after it
		var n int
		switch {
		case k > 0 && k <= len(toks) && attackerNoun(toks[k-1].Text):
			n = k - 1
		case k >= 0 && k < len(toks) && attackerNoun(toks[k].Text):
			n = k
		default:
			continue
		}
		if toks[n].Start >= e.Trigger.End && slices.ContainsFunc(out, func(o doc.Event) bool {
			return o.Type == Arrest && o.Trigger.Start <= e.Trigger.Start && o.Trigger.End >= toks[n].End
		}) {
			// «задержала» inside «задержала стрелка»: the wider trigger's
			// arrest holds the one arrested (NEREL relates him to it)
			continue
		}
		p := x.nameAfter(toks, n+1, ms, bySent[si])
		if p == "" {
			p = attacker
		}
		if p == "" {
			continue
		}
		addParticipant(e, doc.Argument{Role: RoleParticipant, Entity: p})
	}
}

// hasPerson reports whether a person is among the participants of e.
func hasPerson(e *doc.Event, types map[string]string) bool {
	for _, p := range e.Participants {
		if types[p] == "PERSON" {
			return true
		}
	}
	return false
}
