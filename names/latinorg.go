package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// describedLatin reports whether an organization's name is full adjectives
// (by their likeliest reading, none a name) before a name in Latin
// letters: «Индийская Reliance», «Южнокорейская Samsung Electronics».
// Opening a sentence, the adjective's capital comes from the sentence: it
// describes the company as «индийская Reliance» inside a sentence does,
// and the name joins the company's other mentions (orgPartOf, Reliance
// Industries) rather than name it.
func (l *Linker) describedLatin(name string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	ws := strings.Fields(name)
	i := 0
	for ; i < len(ws) && !latin(ws[i]); i++ {
		ps := l.Canon.A.Parse(ws[i])
		if len(ps) == 0 || ps[0].Tag.POS() != morph.ADJF || ps[0].Tag.PersonName() || ps[0].Tag.Is(morph.Orgn) {
			return false
		}
	}
	if i == 0 || i == len(ws) {
		return false
	}
	for _, w := range ws[i:] {
		if !latin(w) {
			return false
		}
	}
	return true
}

// lowerInitial lower-cases the first letter of s.
func lowerInitial(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
