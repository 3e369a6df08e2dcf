package names

import (
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// pluralOnlyFirstName reports whether w, the first word of a person's name
// of two words or more, is a first name the dictionary knows only as a
// plural (or vocative) form of a woman's name in -а, ending in a consonant
// as a man's nominative does: «Сабин» (the genitive plural of Сабина) in
// «министр Сабин Нсанзимана». One person's name is singular, so such a
// word is a man's foreign first name in the nominative, and an unknown
// surname in -а after it is a nominative as written (Нсанзимана, not the
// genitive of «Нсанзиман»).
func pluralOnlyFirstName(w string, ps []morph.Parse) bool {
	if !firstName(ps) || strings.ContainsRune(vowelLetters+"йь", lastRune(strings.ToLower(w))) {
		return false
	}
	for _, p := range ps {
		if p.Method() != morph.MethodDictionary || !p.Tag.Is(morph.Name) || p.Tag.Is(morph.Sing) && p.Tag.Case() != morph.Voct {
			return false
		}
	}
	return true
}

// foreignASurname reports whether a name of two words or more opens with a
// plural-only first name (pluralOnlyFirstName) and ends in a word in -а or -я
// the dictionary does not know (guessedA): the name is as written.
func foreignASurname(words []string, parses [][]morph.Parse) bool {
	n := len(words)
	if n < 2 || parses[0] == nil || parses[n-1] == nil || !pluralOnlyFirstName(words[0], parses[0]) {
		return false
	}
	return guessedA(words[n-1], parses[n-1])
}
