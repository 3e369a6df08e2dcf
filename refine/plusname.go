package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// plusName runs an ORGANIZATION over a «+» written right after it and
// ending the word: «Страны ОПЕК+ договорились» (the alliance, not «ОПЕК»,
// which the recognizer found). NEREL v1.1 train and dev have no name with
// a «+», so the recognizer never learned to take it in.
func plusName(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" || m.End >= len(text) || text[m.End] != '+' {
		return m
	}
	if c := text[m.End-1]; !tokenize.IsLetter(c) && !unicode.IsDigit(c) {
		return m
	}
	if m.End+1 < len(text) && (tokenize.IsLetter(text[m.End+1]) || unicode.IsDigit(text[m.End+1])) {
		return m // «A+B»: a sum or a code, not the name's end
	}
	m.End++
	m.Text = string(text[m.Start:m.End])
	return m
}
