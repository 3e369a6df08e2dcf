package names

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// digitOrdinalEndings are the endings a numeral ordinal written in digits
// takes after its hyphen («58-й», «58-ой», «58-я», «58-го», «58-му»,
// «58-м», «58-ю», «58-е», «58-х», «58-ми»).
var digitOrdinalEndings = map[string]bool{
	"й": true, "ой": true, "ый": true, "ий": true, "я": true, "ая": true, "е": true, "ое": true,
	"го": true, "ого": true, "му": true, "ому": true, "м": true, "ом": true, "ым": true,
	"ю": true, "ую": true, "х": true, "ых": true, "ми": true, "ыми": true,
}

// digitOrdinal splits a numeral ordinal written in digits into its digits
// and ending; ok is false for another word.
func digitOrdinal(w string) (digits, end string, ok bool) {
	digits, end, ok = strings.Cut(w, "-")
	if !ok || digits == "" || strings.Trim(digits, "0123456789") != "" || !digitOrdinalEndings[end] {
		return "", "", false
	}
	return digits, end, true
}

// isDigitOrdinal reports whether w is a numeral ordinal written in digits.
func isDigitOrdinal(w string) bool {
	_, _, ok := digitOrdinal(w)
	return ok
}

// ordinalPhrase gives the nominative of a name that opens with a numeral
// ordinal in digits («58-й Международной химической олимпиаде»): the words
// after it in the nominative (phrase) and the ordinal with the ending of
// the nominative of their gender and number («58-я Международная
// химическая олимпиада», «12-й съезд», «5-е заседание»); nil when the
// words after it are no phrase in an oblique case.
func (c *Canonicalizer) ordinalPhrase(words []string, hints []Hint, oblique bool, prev string) []string {
	digits, _, ok := digitOrdinal(words[0])
	if !ok || len(words) < 2 {
		return nil
	}
	rest := c.phrase(words[1:], hints[1:], oblique, words[0], false)
	if rest == nil {
		return nil
	}
	end := ""
	for _, p := range c.A.Parse(rest[0]) {
		if p.Tag.Case() != morph.Nomn || p.Tag.POS() != morph.ADJF && p.Tag.POS() != morph.PRTF && p.Tag.POS() != morph.NOUN {
			continue
		}
		switch {
		case p.Tag.Is(morph.Plur):
			end = "е"
		case p.Tag.Gender() == morph.Masc:
			end = "й"
		case p.Tag.Gender() == morph.Femn:
			end = "я"
		case p.Tag.Gender() == morph.Neut:
			end = "е"
		default:
			continue
		}
		break
	}
	if end == "" {
		return nil
	}
	return append([]string{digits + "-" + end}, rest...)
}

// ordinalStems writes each numeral ordinal in digits among the words of s
// without its ending («40-го съезда» → «40- съезда»), so that the same
// ordinal in two cases compares equal.
func ordinalStems(s string) string {
	if !strings.ContainsRune(s, '-') {
		return s
	}
	ws := strings.Split(s, " ")
	for i, w := range ws {
		if digits, _, ok := digitOrdinal(w); ok {
			ws[i] = digits + "-"
		}
	}
	return strings.Join(ws, " ")
}
