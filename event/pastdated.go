package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// participleDated reports whether the date at span follows, right after or
// after one preposition, a full participle of the past that a comma opens
// («выборов, прошедших 17–19 сентября», «саммита, состоявшегося в июне»),
// or a relative pronoun so opened («самолетом, который 16 февраля совершил
// жесткую посадку»):
// the date of the noun the participle's clause tells of, not the time the
// story is in, so the sentences after it keep the story's date.
func participleDated(toks []doc.Token, span doc.Span) bool {
	k := tokenAt(toks, span.Start)
	if k < 2 {
		return false
	}
	p := k - 1
	if toks[p].POS == "ADP" && p > 1 {
		p--
	}
	f := toks[p].Feats
	if p > 0 && toks[p-1].Text == "," && strings.HasPrefix(strings.ToLower(toks[p].Text), "котор") {
		// «самолетом …, который 16 февраля совершил жесткую посадку»:
		// a relative clause dates its own event (twenty-fifth session)
		return true
	}
	return p > 0 && toks[p-1].Text == "," && strings.Contains(f, "VerbForm=Part") && strings.Contains(f, "Case=") && strings.Contains(f, "Tense=Past")
}
