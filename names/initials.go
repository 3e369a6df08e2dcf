package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// personFields returns the words of a person's name, an initial written
// close to the next word parted from it: «И.Муравьев» is «И.» and
// «Муравьев», as «И. Муравьев» is, so that it joins «Иван Муравьев» of the
// same text (partialPerson, mergePartial's surname index).
func personFields(name string) []string {
	ws := strings.Fields(name)
	for i := 0; i < len(ws); i++ {
		if rest, ok := closeInitial(ws[i]); ok {
			ws = slices.Insert(ws, i+1, rest)
			ws[i] = ws[i][:len(ws[i])-len(rest)]
		}
	}
	return ws
}

// closeInitial reports whether w is an initial, a letter and a dot, with
// the rest of a name written close after it («И.Муравьев», «М.Шукшин» of
// «В.М.Шукшин»), and returns that rest.
func closeInitial(w string) (string, bool) {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) || !strings.HasPrefix(w[n:], ".") {
		return "", false
	}
	rest := w[n+1:]
	next, _ := utf8.DecodeRuneInString(rest)
	return rest, unicode.IsLetter(next) && utf8.RuneCountInString(rest) >= 2
}
