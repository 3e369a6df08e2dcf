package relation

import (
	"strings"
	"unicode"
)

// twoSurnames reports whether a and b are persons of one first name and
// two surnames, each named by the two words, one surname made from the
// first name: «Владимир Владимиров» and «Владимира Ситникова» are two
// officials, no ALTERNATIVE_NAME of one another (the model links them: it
// reads «Владимиров» as a form of «Владимир»; so «Сергей Сергеев»,
// «Иван Иванов»). NEREL v1.1 train links no such pair; its other names of
// one person under another surname are pseudonyms or foreign spellings
// («Карсон Ёнг», «Карсон Юнг»), no surname made from the first name.
func twoSurnames(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != 2 || len(wb) != 2 || !sharesWord(wa[0], wb[0]) || sharesWord(wa[1], wb[1]) {
		return false
	}
	return madeFrom(wa[1], wa[0]) || madeFrom(wb[1], wb[0])
}

// madeFrom reports whether the Cyrillic surname opens with the first name,
// its last vowel aside: «Владимиров» of «Владимир», «Сергеев» of «Сергей»;
// a patronymic does not count («Владимир Владимирович», which NEREL
// links to «Владимир Путин»).
func madeFrom(surname, first string) bool {
	s, f := []rune(strings.ToLower(surname)), []rune(strings.ToLower(first))
	if len(f) < 3 || len(s) <= len(f) || !unicode.Is(unicode.Cyrillic, s[0]) {
		return false
	}
	if strings.ContainsRune("аеёийоуыэюяь", f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	rest, ok := strings.CutPrefix(string(s), string(f))
	return ok && !patronymicEnding(rest)
}

// patronymicEnding reports whether what follows the first name in a word
// makes it a patronymic («Владимир» + «ович», «овна», «ична»), not a surname.
func patronymicEnding(rest string) bool {
	return strings.Contains(rest, "вич") || strings.Contains(rest, "вн") || strings.Contains(rest, "ичн") || strings.HasPrefix(rest, "ич") || strings.HasPrefix(rest, "ьич")
}
