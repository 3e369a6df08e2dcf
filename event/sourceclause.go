package event

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// sourceVerbs are the folded starts of the verbs of an opening source
// clause «Как пишет …», «Как сообщает …», «Как передает …», «Как
// уточнили …».
var sourceVerbs = []string{"пиш", "пишут", "написал", "сообща", "сообщил", "переда", "передал", "уточн", "отмеча",
	"отметил", "заявля", "заявил", "рассказ", "говор", "стало известно"}

// sourceNouns are the folded nouns of an opening source clause after «По»:
// «По данным …», «По словам …», «По информации …», «По сведениям …».
var sourceNouns = map[string]bool{"данным": true, "словам": true, "информации": true, "сведениям": true, "сообщению": true}

// maxSourceClause is how many words an opening source clause runs to its
// comma at most («Как пишет газета The Guardian,» is five).
const maxSourceClause = 10

// sourceClauseEnd returns the index of the first word after an opening
// source clause of toks — «Как пишет газета The Guardian, решение было
// принято в воскресенье», «По данным агентства, …» — or 0 when the
// sentence opens with none (or the clause has no comma within
// maxSourceClause words): what the sentence tells starts there.
func sourceClauseEnd(toks []doc.Token) int {
	if len(toks) < 3 {
		return 0
	}
	first, second := strings.ToLower(toks[0].Text), strings.ToLower(toks[1].Text)
	switch {
	case first == "как" && slices.ContainsFunc(sourceVerbs, func(w string) bool { return strings.HasPrefix(second, w) }):
	case first == "по" && sourceNouns[second]:
	default:
		return 0
	}
	for k := 2; k < len(toks) && k <= maxSourceClause; k++ {
		if toks[k].Text == "," {
			return k + 1
		}
	}
	return 0
}
