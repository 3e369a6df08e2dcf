package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// approving are the verbs by which a body approves a staffing decision:
// «одобрил назначение», «утвердила кандидатуру», «согласовал отставку».
var approving = map[string]bool{"одобрить": true, "утвердить": true, "согласовать": true}

// approvedKinds map the noun after a verb of approving to the type of
// the event the approval makes: an appointment approved is an
// appointment, a resignation approved a dismissal.
var approvedKinds = map[string]string{
	"назначение": Appointment, "кандидатура": Appointment, "отставка": Dismissal, "увольнение": Dismissal,
}

// approvedKind returns the type of an EVENT mention of toks[first..last]
// that is a verb of approving alone whose next word, outside the mention,
// is a noun of approvedKinds: «Совет Федерации одобрил назначение Сергея
// Лаврова» APPOINTMENT (it was OTHER, the recognizer tagging «одобрил»
// only); "" otherwise. NEREL train and dev hold no such phrase.
func (x *Extractor) approvedKind(toks []doc.Token, first, last int) string {
	if first != last || last+1 >= len(toks) {
		return ""
	}
	if l, _ := x.lemma(strings.Trim(toks[first].Text, "«»\"“”„,.()")); !approving[l] {
		return ""
	}
	l, _ := x.lemma(toks[last+1].Text)
	return approvedKinds[l]
}
