package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// scheduledFor reports whether the verb at toks[v] sets a date rather than
// a person to a post: «на» right after it opens a DATE or TIME mention of
// ms («Рассмотрение апелляции назначено на май», «суд назначил на 10
// декабря заседание»), as «назначить на пост» does not.
func scheduledFor(toks []doc.Token, v int, ms []mention) bool {
	if v < 0 || v+2 >= len(toks) || !strings.EqualFold(toks[v+1].Text, "на") {
		return false
	}
	for _, m := range ms {
		if (m.Type == "DATE" || m.Type == "TIME") && (m.Start == toks[v+1].Start || m.Start == toks[v+2].Start) {
			return true
		}
	}
	return false
}
