package relation

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
)

// otherModels reports whether two products both carry a model number and
// the numbers differ («Союз-2.1а» and «Союз МС-28», the rocket and the
// craft it carries; «Ил-76» and «Ан-124»): two models, no other name of
// one another. NEREL train and dev link 24 pairs of products as
// ALTERNATIVE_NAME, none of two different numbers («Союз ТМА-08М» and
// «Союз», «ВАЗ-21114» and «ВАЗ» keep: one has none).
func otherModels(h, t doc.Mention) bool {
	if h.Type != "PRODUCT" || t.Type != "PRODUCT" {
		return false
	}
	a, b := modelDigits(h.Text), modelDigits(t.Text)
	return a != "" && b != "" && a != b
}

// modelDigits returns the digits of s in order, or "".
func modelDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
