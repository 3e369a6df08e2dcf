package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// subjectless reports whether prev, an event of the headline, is told by a
// verb in the indefinite-personal plural with no agent: «В Кремле вручили
// государственные награды», «В Москве задержали …» — the headline says
// what was done, not by whom, so the persons the lead makes agents of the
// same event («Президент России Владимир Путин вручил орден Мужества
// Ивану Петрову») act in it.
func (x *Extractor) subjectless(prev doc.Event) bool {
	for _, a := range prev.Arguments {
		if a.Role == RoleAgent {
			return false
		}
	}
	w := strings.Fields(prev.Trigger.Text)
	if len(w) == 0 {
		return false
	}
	first := strings.ToLower(strings.Trim(w[0], "«»\"“”„,.()"))
	l, _ := x.lemma(first)
	_, verb := verbs[l]
	return verb && strings.HasSuffix(first, "ли")
}
