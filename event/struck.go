package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// struck are the types of the events whose place the lead's retelling
// gives the headline's when the headline names none (twenty-fifth
// session): an attack, an accident.
var struck = map[string]bool{Attack: true, Accident: true}

// intentions are the lemmas of the verbs of an act intended, not done:
// «хотел устроить взрыв», «планировали теракт».
var intentions = map[string]bool{"хотеть": true, "планировать": true, "собираться": true, "намереваться": true,
	"пытаться": true, "попытаться": true, "готовить": true, "замышлять": true}

// intended reports whether a verb of intentions stands among the three
// words before the trigger at span, no punctuation between: «15-летний
// подросток хотел устроить взрыв на транспорте» tells of no attack done.
func (x *Extractor) intended(toks []doc.Token, span doc.Span) bool {
	k := tokenAt(toks, span.Start)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if punctMark(toks[j].Text) {
			return false
		}
		if l, _ := x.lemma(strings.ToLower(toks[j].Text)); intentions[l] {
			return true
		}
	}
	return false
}
