package event

import "github.com/factgraph/factgraph/doc"

// ownPost reports whether the token tok lies inside a mention, among the
// sentence's mentions inSent, of a post a party of ev holds (a WORKS_AS
// relation of d from the party to the PROFESSION): «Временно исполняющим
// обязанности губернатора Тверской области назначен Виталий Королев» —
// «губернатора» names the post Королев is given, not the governor the
// story names elsewhere («встретился с губернатором Александром
// Бегловым»), so its role phrase is no other participant.
func ownPost(d *doc.Document, ms []mention, inSent []int, ev *doc.Event, tok doc.Token) bool {
	for _, r := range d.Relations {
		if r.Type != "WORKS_AS" || !isParticipant(ev, r.Head) {
			continue
		}
		for _, mi := range inSent {
			if m := ms[mi]; m.entity == r.Tail && m.Start <= tok.Start && tok.End <= m.End {
				return true
			}
		}
	}
	return false
}
