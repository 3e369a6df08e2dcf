package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// eventStems retypes as an EVENT an ORGANIZATION, PRODUCT or FACILITY
// mention whose text is the name of an EVENT of the same text without the
// year it ends with: «МАКС-2025» is an EVENT, and «Предыдущий МАКС прошел в
// 2021 году» names the same show (an ORGANIZATION before). The year joined
// by a hyphen makes the name an edition of a recurring event.
func eventStems(ms []doc.Mention) []doc.Mention {
	var stems map[string]bool
	for _, m := range ms {
		if m.Type != "EVENT" {
			continue
		}
		if stem, ok := yearStem(m.Text); ok {
			if stems == nil {
				stems = map[string]bool{}
			}
			stems[stem] = true
		}
	}
	if stems == nil {
		return ms
	}
	return retyped(ms, func(m doc.Mention) string {
		if (m.Type == "ORGANIZATION" || m.Type == "PRODUCT" || m.Type == "FACILITY") && stems[m.Text] {
			return "EVENT"
		}
		return ""
	})
}

// yearStem returns the name before a hyphen and a year of four digits
// that ends text («МАКС» of «МАКС-2025»), and whether there is one.
func yearStem(text string) (string, bool) {
	i := strings.LastIndexByte(text, '-')
	if i <= 0 || len(text)-i-1 != len("2006") || !allDigits(text[i+1:]) || strings.ContainsAny(text[:i], " «»\"") {
		return "", false
	}
	return text[:i], true
}
