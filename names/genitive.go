package names

import (
	"strings"
	"unicode/utf8"
)

// genitivePerson reports whether a, a person's name of two words or more,
// is b, another name of as many words, each word with the man's genitive
// ending -а after b's final consonant: «Лиама Хоулетта» (the canonicalizer,
// knowing neither word, read a woman's nominative) beside «Лиам Хоулетт»
// (of «с Лиамом Хоулеттом») in the same text is Лиам Хоулетт. Every word
// must so differ, and none of a's words may be a first name or a surname
// the dictionary knows as written (known): «Александра Петрова» beside
// «Александр Петров» may be his sister. inflectedPerson leaves out -а, the
// ending of many a woman's nominative; all the words agreeing in it, and
// the nominative standing in the text, make it a case ending.
func genitivePerson(known func(string) bool) func(_, a, b string) bool {
	return func(_, a, b string) bool {
		aw, bw := strings.Fields(Normalize(a)), strings.Fields(Normalize(b))
		if len(aw) < 2 || len(aw) != len(bw) || !capitalized(a) || known == nil {
			return false
		}
		for i, w := range aw {
			last, _ := utf8.DecodeLastRuneInString(bw[i])
			if w != bw[i]+"а" || utf8.RuneCountInString(bw[i]) < 3 || strings.ContainsRune(vowelLetters+"йь", last) ||
				strings.ContainsAny(w, "-.0123456789") || known(strings.Fields(a)[i]) {
				return false
			}
		}
		return true
	}
}
