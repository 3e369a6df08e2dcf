package names

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// manGenitive reports whether a, a person's name of two words, is b, a
// man's name of two words, in the genitive, where the canonicalizer read
// the genitive as a woman's nominative: «Евгения Водолазкина» (of «роман
// Евгения Водолазкина», a surname the dictionary does not know) beside
// «Евгений Водолазкин» in the same text. a's first word is a genitive the
// dictionary reads of b's first name, a man's (Евгения of Евгений,
// Александра of Александр, Валентина of Валентин), and its surname is b's,
// a Russian one in -ов, -ев, -ёв, -ин or -ын, with the genitive's -а. A
// woman of the man's names (his sister Александра Петрова beside Александр
// Петров) would be merged too: mergeInflectedPersons asks it only of a
// name every mention of which is written so (onlyWrittenAs), as a woman
// named in another case too («Мирославы Немцовой» beside a «Мирослав
// Немцов» the canonicalizer read, NEREL train) is none, and whose surname
// the dictionary does not know (one it knows the canonicalizer reads in
// its case: «Александра Петрова и Александр Петров пришли»). On NEREL
// train it merges 1 name, rightly (Рашида Нургалиева into Рашид
// Нургалиев); on dev none.
func (l *Linker) manGenitive(_, a, b string) bool {
	if l == nil || l.Canon == nil || l.Canon.A == nil {
		return false
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != 2 || len(bw) != 2 || !capitalized(a) || aw[0] == bw[0] {
		return false
	}
	sur := strings.ToLower(bw[1])
	if strings.ToLower(aw[1]) != sur+"а" || utf8.RuneCountInString(sur) < 4 || !russianSurnameEnd(sur) {
		return false
	}
	first := strings.ToLower(bw[0])
	for _, p := range l.Canon.A.Parse(aw[0]) {
		if p.Method() == morph.MethodDictionary && p.Tag.Is(morph.Name) && p.Tag.Is(morph.Masc) &&
			p.Tag.Case() == morph.Gent && strings.ToLower(p.Normal) == first {
			return true
		}
	}
	return false
}

// russianSurnameEnd reports whether w, a surname in lower case, ends as a
// Russian man's surname whose genitive adds -а: -ов, -ев, -ёв, -ин, -ын.
func russianSurnameEnd(w string) bool {
	for _, end := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
