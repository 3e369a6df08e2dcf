package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// retiredState reports whether m is the EVENT «отставке» of «в отставке»,
// a state (retired: «полковник ГРУ в отставке», «генералов в отставке»),
// not the event of a resignation («ушёл в отставку», «после отставки»),
// which NEREL tags. NEREL tags none of its four (train 1, dev 3); the
// recognizer read the dev three as events.
func retiredState(toks []doc.Token, m doc.Mention) bool {
	if m.Type != "EVENT" || m.Text != "отставке" {
		return false
	}
	first, _ := mentionTokens(toks, m)
	return first > 0 && strings.EqualFold(toks[first-1].Text, "в")
}
