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

// closeInitial reports whether w is an initial, a letter and a dot, or a
// short abbreviated first name («Дж.»), with the rest of a name written
// close after it («И.Муравьев», «М.Шукшин» of «В.М.Шукшин»,
// «Дж.Рэтклиффа»), and returns that rest.
func closeInitial(w string) (string, bool) {
	dot := strings.IndexByte(w, '.')
	if dot < 0 || !abbreviatedName(w[:dot+1]) {
		return "", false
	}
	rest := w[dot+1:]
	next, _ := utf8.DecodeRuneInString(rest)
	return rest, unicode.IsLetter(next) && utf8.RuneCountInString(rest) >= 2
}

// abbreviatedName reports whether w is an initial («И.», «И») or a first
// name cut short to two or three letters and a dot («Дж.», «Вл.»): a
// letter, at most two small letters, and the dot; normalized names are in
// lower case («дж.»), so only a lone letter without a dot must be a
// capital.
func abbreviatedName(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	switch rest := w[n:]; rest {
	case "":
		return unicode.IsUpper(r)
	case ".":
		return true
	}
	rest := w[n:]
	small, ok := strings.CutSuffix(rest, ".")
	if !ok || utf8.RuneCountInString(small) > 2 {
		return false
	}
	for _, r := range small {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// abbreviates reports whether the abbreviated first name w («Дж.», «И.»)
// may stand for the full word full («Джон», «Иван»): full is no
// abbreviation itself and starts with w's letters.
func abbreviates(w, full string) bool {
	if !abbreviatedName(w) || abbreviatedName(full) {
		return false
	}
	return strings.HasPrefix(strings.ToLower(full), strings.ToLower(strings.TrimSuffix(w, ".")))
}
