package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// togetherAge makes an AGE of years right after «вместе» the DATE it is:
// «Супруги прожили вместе 70 лет» — how long people were together, not
// how old someone is (NEREL dev tags it a DATE). toks are the tokens of
// m's sentence.
func togetherAge(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "AGE" {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 1 || !strings.EqualFold(toks[first-1].Text, "вместе") || !allDigits(toks[first].Text) {
		return m
	}
	m.Type = "DATE"
	return m
}
