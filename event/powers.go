package event

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// powersEnding lists the verbs and nouns that, with «полномочия» in one
// EVENT mention, end an office: «сложила с себя полномочия», «сложит
// полномочия», «досрочно прекратил свои полномочия», «заявление о
// прекращении полномочий», «лишили полномочий», «сложение полномочий».
// Not «приостановил полномочия» (suspended, the office kept) nor
// «наделил полномочиями», «вступил в полномочия».
var powersEnding = map[string]bool{
	"сложить": true, "слагать": true, "сложение": true, "прекратить": true, "прекращение": true,
	"лишить": true, "лишиться": true, "лишение": true,
}

// powersLaid reports whether the lemmas of an EVENT mention hold
// «полномочие» and a word of powersEnding: a resignation or a removal,
// so a DISMISSAL (it was OTHER, the mention naming no «пост»).
func powersLaid(lemmas []string) bool {
	return slices.Contains(lemmas, "полномочие") && slices.ContainsFunc(lemmas, func(l string) bool { return powersEnding[l] })
}

// befallen returns the participants of e that are no agent nor organizer:
// the persons an appointment, a dismissal or an arrest befell («Мишустин
// назначил Дмитрия Григоренко»: Дмитрий Григоренко, not Мишустин). A
// noun of such an event whose own persons are all others is another
// event (nounAntecedent): «… одобрил назначение Сергея Лаврова».
func befallen(e *doc.Event) []string {
	var out []string
	for _, a := range e.Arguments {
		if a.Role != RoleAgent && a.Role != RoleOrganizer && a.Role != RolePlace && a.Role != RoleTime {
			out = append(out, a.Entity)
		}
	}
	return out
}
