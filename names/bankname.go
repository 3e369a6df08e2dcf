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

// bankKey gives the normalized name of a bank written as «Банк „X“» the
// wording «X Банк» (`банк "ак барс"` → «ак барс банк»), the order the bank
// itself uses beside it, so that mergeSameName joins the two. Only a
// quoted name without quotes of its own.
func bankKey(norm string) string {
	q, ok := strings.CutPrefix(norm, `банк "`)
	if !ok {
		return norm
	}
	q, ok = strings.CutSuffix(q, `"`)
	if !ok || q == "" || strings.Contains(q, `"`) {
		return norm
	}
	return q + " банк"
}

// bankOwnName reports whether the normalized organization's name na is the
// bank's name nb («Ак Барс Банк», or «Банк „Ак Барс“» by bankKey) without
// the word «банк»: «„Ак Барс“ входит в топ-20 банков» is the bank's.
// A name of one word is left to quotedNorm's test (a quoted «„Почта“» of
// «Почта Банк»). The genitive of a masculine name in «-а» the
// canonicalizer left as written («пресс-служба „Ак Барса“») is the same.
func bankOwnName(na, nb string) bool {
	if !strings.Contains(na, " ") {
		return false
	}
	k := bankKey(nb)
	return k == na+" банк" || strings.HasSuffix(na, "а") && k == strings.TrimSuffix(na, "а")+" банк"
}
