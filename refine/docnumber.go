package refine

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// documentNumber ends an ORDINAL that is the number of an act with the
// letters of its kind after a hyphen («№ 374-ФЗ», «456-ОД», «53-ФКЗ») at
// its digits: «Федеральный закон № 374-ФЗ» → ORDINAL «374». NEREL train
// tags the digits alone in 6 of the 7 such numbers (once with «№»), never
// the letters, which name the kind of act (федеральный закон, распоряжение),
// not the rank; the recognizer ran over the letters in 5 of them.
func documentNumber(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "ORDINAL" {
		return m
	}
	digits, kind, ok := strings.Cut(m.Text, "-")
	digits = strings.TrimLeft(strings.TrimPrefix(digits, "№"), " \u00a0")
	if !ok || digits == "" || strings.TrimLeft(digits, "0123456789") != "" {
		return m
	}
	if ordinalEndings[lowerCase(kind)] {
		return m // (a case ending in capitals: «32-ГО» of a text in capitals)
	}
	if n := utf8.RuneCountInString(kind); n < 1 || n > 4 || strings.IndexFunc(kind, func(r rune) bool { return !unicode.Is(unicode.Cyrillic, r) || !tokenize.IsUpper(r) }) >= 0 {
		return m
	}
	m.End -= utf8.RuneCountInString(kind) + 1
	m.Text = string(text[m.Start:m.End])
	return m
}

// quotedLetter reports whether m is an ORDINAL or NUMBER of a single letter set
// alone in quotes, a letter named as such («буква «М» московского метро»),
// not a Roman numeral: NEREL tags no letter so quoted, while the
// recognizer read the Cyrillic «М» of dev as the numeral M.
func quotedLetter(text []rune, m doc.Mention) bool {
	if m.Type != "ORDINAL" && m.Type != "NUMBER" || m.End-m.Start != 1 || m.Start == 0 || m.End >= len(text) || !tokenize.IsLetter(text[m.Start]) {
		return false
	}
	return strings.ContainsRune("«\"“„'", text[m.Start-1]) && strings.ContainsRune("»\"”“'", text[m.End])
}
