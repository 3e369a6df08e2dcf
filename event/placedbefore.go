package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// placedBefore returns the index of the sentence's first token after an
// opening place phrase («В Дзержинске накануне умер …»: «в» or «во» and one
// or two capitalized words, no punctuation), or 0 when the sentence does
// not open with one; dayBefore reads «накануне» there as it reads it at
// the sentence's head.
func placedBefore(toks []doc.Token) int {
	if len(toks) < 3 || !strings.EqualFold(toks[0].Text, "в") && !strings.EqualFold(toks[0].Text, "во") {
		return 0
	}
	k := 1
	for k < len(toks) && k <= 2 && tokenize.StartsUpper(toks[k].Text) && !quoteMark(toks[k].Text) {
		k++
	}
	if k == 1 {
		return 0
	}
	return k
}
