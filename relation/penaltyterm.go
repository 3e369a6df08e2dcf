package relation

import (
	"strconv"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// termStems are the stems of the number words of a term, the longer first
// where one opens another («одиннадцати» before «одного», «двенадцать»
// before «два»).
var termStems = []struct {
	stem string
	n    int
}{
	{"одиннадцат", 11}, {"двенадцат", 12}, {"тринадцат", 13}, {"четырнадцат", 14}, {"пятнадцат", 15},
	{"шестнадцат", 16}, {"семнадцат", 17}, {"восемнадцат", 18}, {"девятнадцат", 19}, {"двадцат", 20},
	{"тридцат", 30}, {"полтор", -15}, {"полутор", -15}, {"восьм", 8}, {"один", 1}, {"одн", 1}, {"дв", 2}, {"тр", 3}, {"четыр", 4},
	{"пят", 5}, {"шест", 6}, {"сем", 7}, {"восем", 8}, {"девят", 9}, {"десят", 10},
}

// termNumbers returns the numbers a PENALTY's words give its terms: the
// digits and the number words of termStems («шесть и четыре года колонии»:
// 6 and 4), nil when it has none.
func termNumbers(s string) map[int]bool {
	var ns map[int]bool
	add := func(n int) {
		if ns == nil {
			ns = map[int]bool{}
		}
		ns[n] = true
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if n, err := strconv.Atoi(strings.Trim(w, ",.")); err == nil {
			add(n)
			continue
		}
		for _, t := range termStems {
			if strings.HasPrefix(w, t.stem) && numberWordForm(w, t.stem) {
				add(t.n)
				break
			}
		}
	}
	return ns
}

// numberWordForm reports whether w, opening with the stem of a number
// word, is a case form of it, not another word of that stem («трём», not
// «тюрьмы»; «семи», not «семья»): the rest after the stem is short and a
// numeral's ending.
func numberWordForm(w, stem string) bool {
	rest := strings.TrimPrefix(w, stem)
	return isAny(rest, "", "ь", "и", "ью", "а", "е", "ух", "ум", "умя", "ех", "ёх", "ем", "ём", "емя", "ёмя", "ьмя",
		"ого", "ому", "им", "ой")
}

// otherTerms reports whether two PENALTY mentions name terms of other
// numbers («девяти годам лишения свободы» and «шесть и четыре года
// колонии», the terms of the others convicted): no other name of one
// another. NEREL train's 15 ALTERNATIVE_NAME between penalties that give
// numbers give the same («дали семь лет», «семи годам лишения свободы»).
func otherTerms(h, t doc.Mention) bool {
	if h.Type != "PENALTY" || t.Type != "PENALTY" {
		return false
	}
	a, b := termNumbers(h.Text), termNumbers(t.Text)
	if a == nil || b == nil {
		return false
	}
	for n := range a {
		if b[n] {
			return false
		}
	}
	return true
}
