package names

import (
	"strings"
	"unicode/utf8"
)

// genitivePerson reports whether a, a person's name of two words or more,
// is b, another name of as many words, each word with the man's genitive
// ending -а after b's final consonant, or the same word when it ends in a
// vowel no case ending is (indeclinableEnd: «Экрема Имамоглу» beside
// «Экрем Имамоглу»; one word at least has the -а): «Лиама Хоулетта» (the canonicalizer,
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
		differ := false
		for i, w := range aw {
			if w == bw[i] && indeclinableEnd(w) {
				continue // «Экрема Имамоглу» beside «Экрем Имамоглу»
			}
			differ = true
			last, _ := utf8.DecodeLastRuneInString(bw[i])
			if w != bw[i]+"а" || utf8.RuneCountInString(bw[i]) < 3 || strings.ContainsRune(vowelLetters+"йь", last) ||
				strings.ContainsAny(w, "-.0123456789") || known(strings.Fields(a)[i]) {
				return false
			}
		}
		return differ
	}
}

// indeclinableEnd reports whether w, a lower-case word of a name, ends in
// a vowel that no Russian case ending of a name is (-о, -у, -ю, -и, -е,
// -э: Имамоглу, Шевченко, Проди), as a foreign surname that does not
// decline does, and has three letters or more.
func indeclinableEnd(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && strings.ContainsRune("оуюиеэ", lastRune(w))
}

// vowelSurname reports whether part, a one-word person, is the surname of
// full, a longer name ending in -а or -я, in another case: its stem and a
// vowel ending (obliqueForm), in its canonical name or in a mention as
// written (where the canonicalizer read another word: «Кошту» as the
// dative of «Кошт»). «69-летнего Гарсию» is Алан Гарсия of the same text,
// «поблагодарил Кошту» Антониу Кошта. mergePartial tries it last, on a name
// no other reading placed, so that it adds no rival to them.
func vowelSurname(part, full *group) bool {
	bw := strings.Fields(full.norm)
	if strings.Contains(part.norm, " ") || len(bw) < 2 || !capitalized(part.full) {
		return false
	}
	last := bw[len(bw)-1]
	if !strings.HasSuffix(last, "а") && !strings.HasSuffix(last, "я") || utf8.RuneCountInString(last) < 4 {
		return false
	}
	if obliqueForm(part.norm, last) {
		return true
	}
	for _, m := range part.mentions {
		if w := Normalize(m.Text); capitalized(m.Text) && !strings.Contains(w, " ") && obliqueForm(w, last) {
			return true
		}
	}
	return false
}

// vowelFullSurname reports whether part, a person's name of two words, is
// full's — the same first name and a surname in -а or -я — written in an
// oblique case that the canonicalizer read as a surname in a consonant: its
// surname is full's stem, and one of its mentions ends in a vowel case
// ending of full's surname (obliqueForm). «Судья Хорхе Ларрионда … о Хорхе
// Ларрионде» → Хорхе Ларрионда (the locative was read as Ларрионд's).
func vowelFullSurname(part, full *group) bool {
	pw, fw := strings.Fields(part.norm), strings.Fields(full.norm)
	if len(pw) != 2 || len(fw) != 2 || pw[0] != fw[0] || utf8.RuneCountInString(fw[1]) < 5 {
		return false
	}
	stem, ok := strings.CutSuffix(fw[1], "а")
	if !ok {
		stem, ok = strings.CutSuffix(fw[1], "я")
	}
	if !ok || pw[1] != stem && pw[1] != stem+"ь" {
		return false
	}
	for _, m := range part.mentions {
		if w := strings.Fields(Normalize(m.Text)); len(w) > 0 && w[len(w)-1] != fw[1] && obliqueForm(w[len(w)-1], fw[1]) {
			return true
		}
	}
	return false
}
