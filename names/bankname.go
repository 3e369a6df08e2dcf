package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bankEndings map the oblique endings of «банк» to the nominative.
var bankEndings = []string{"банка", "банку", "банком", "банке"}

// bankNominative puts a bank's name that the canonicalizer left in an
// oblique case in the nominative: «председатель правления „Совкомбанка“»,
// «„Ак Барс Банка“», «Т-Банка» name «Совкомбанк», «Ак Барс Банк»,
// «Т-Банк». A word the dictionary does not hold ending in «-банка» reads
// as a feminine noun in the nominative (банка, a jar), so the name was
// kept as written. Only a capitalized last word does: a compound of
// «банк» («Совкомбанка», «Т-Банка»), or «Банк» itself after capitalized
// words («Ак Барс Банка»); «Всемирного банка» is the canonicalizer's,
// and so is a compound after other words («Наблюдательный совет
// Россельхозбанка», the bank's board).
func bankNominative(name string) string {
	i := strings.LastIndexByte(name, ' ')
	last := name[i+1:]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) {
		return name
	}
	lower := strings.ToLower(last)
	for _, e := range bankEndings {
		stem, ok := strings.CutSuffix(lower, e)
		if !ok {
			continue
		}
		if stem == "" && !allCapitalized(name[:max(i, 0)]) || stem != "" && (i >= 0 || utf8.RuneCountInString(stem) < 3 && !strings.HasSuffix(stem, "-")) {
			// (a compound only as a name of one word: «Наблюдательный
			// совет Россельхозбанка» is the bank's board; not «Кубанке»,
			// a stem of two letters is no compound)
			return name
		}
		return name[:len(name)-len(e)+len("ба")] + "нк"
	}
	return name
}

// allCapitalized reports whether every word of s starts with a capital
// letter (true for "").
func allCapitalized(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "«\"„")); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
