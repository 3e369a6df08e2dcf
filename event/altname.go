package event

import (
	"strings"

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

// altRetold reports whether the trigger t tells again the event prev of an
// earlier sentence that the relations name by an ALTERNATIVE_NAME of t's
// EVENT entity (alternativeNames): «умер писатель Юрий Бондарев» … «он
// скончался дома». Not in prev's own sentence: «фестиваля „Шукшинские дни
// на Алтае“», «свержения в результате военного переворота» are two
// mentions NEREL keeps apart. Nor when t's sentence dates it (date) on
// another day than prev's: «В ответ на протесты 20 мая 1989 года …» …
// «в ночь с 3 на 4 июня 1989 года военные подавили акции протеста»; nor
// when t's persons (parties) are others than prev's (otherPersons:
// «самым долгоживущим Президентом был Рейган, который умер»), or «также»,
// «тоже» next to t tells another act of the kind («Задержан также ещё
// один ученик школы»).
func altRetold(d *doc.Document, prev doc.Event, t trigger, date string, parties []string, surnames map[string]string) bool {
	if t.sent >= len(d.Sentences) || prev.Evidence.End > d.Sentences[t.sent].Start ||
		date != "" && prev.Date != "" && !sameDate(date, prev.Date) || otherPersons(surnames, parties, prev.Participants) ||
		!alternativeNames(d, prev.Entity, t.entity) {
		return false
	}
	toks := d.Sentences[t.sent].Tokens
	for k, tok := range toks {
		if (strings.EqualFold(tok.Text, "также") || strings.EqualFold(tok.Text, "тоже")) && nearTrigger(toks, k, t.span) {
			return false
		}
	}
	return true
}

// nearTrigger reports whether the token k stands inside span or at most two
// tokens before or after it.
func nearTrigger(toks []doc.Token, k int, span doc.Span) bool {
	for j := max(0, k-2); j <= min(len(toks)-1, k+2); j++ {
		if toks[j].Start < span.End && toks[j].End > span.Start {
			return true
		}
	}
	return false
}
