package relation

import "strings"

// sameNameForms reports whether two names have as many words, each the same
// word in some case: equal, of one lemma (placeKey), or a common stem of
// two letters at least with case endings after it (caseEndings):
// «Кокорина» — «Кокорин», «Маркиву» — «Маркив», «Ына» — «Ын» (the guesser
// gives foreign surnames' forms lemmas of their own); not «Мария» —
// «Марина».
func sameNameForms(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) || len(wa) == 0 {
		return false
	}
	for i := range wa {
		x, y := []rune(strings.ReplaceAll(wa[i], "ё", "е")), []rune(strings.ReplaceAll(wb[i], "ё", "е"))
		if string(x) == string(y) || placeKey(string(x)) == placeKey(string(y)) {
			continue
		}
		p := 0
		for p < len(x) && p < len(y) && x[p] == y[p] {
			p++
		}
		if p < 2 || !caseEndings[string(x[p:])] || !caseEndings[string(y[p:])] {
			return false
		}
	}
	return true
}

// caseEndings are the endings of the cases of Russian nouns and names
// after their stem («Кокорин|а», «Александр|ом», «Мари|ей»), "" among
// them.
var caseEndings = map[string]bool{
	"": true, "а": true, "я": true, "у": true, "ю": true, "ом": true, "ем": true, "ым": true, "им": true,
	"ой": true, "ей": true, "е": true, "и": true, "ы": true, "ь": true, "ого": true, "его": true, "ому": true,
	"ему": true, "ую": true, "ая": true, "ий": true, "ый": true, "ою": true, "ею": true,
}
