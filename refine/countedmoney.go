package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// countedMoney makes a MONEY that names no currency and counts the noun
// right after it in the genitive plural a NUMBER: «школа на 1,5 тыс.
// учеников», «4 тыс. мест»; the recognizer reads a bare «тыс.» or «млн»
// as money when the text names none. A noun of a currency or a unit
// after it («тыс. рублей», «млн тонн») leaves it (currencyNumber and
// measureNumber see to those).
func (r *Refiner) countedMoney(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "MONEY" || nameCurrency(m.Text) {
		return m
	}
	k := nextToken(toks, m.End)
	if k < 0 || toks[k].Start != m.End+1 || nameCurrency(toks[k].Text) {
		return m
	}
	ps := r.parse(toks[k].Text)
	if len(ps) == 0 || ps[0].Tag.POS() != morph.NOUN || ps[0].Tag.Number() != morph.Plur || ps[0].Tag.Case() != morph.Gent {
		return m
	}
	m.Type = "NUMBER"
	return m
}

// nameCurrency reports whether s holds the stem of a currency's name or
// its sign (currencies).
func nameCurrency(s string) bool {
	w := lowerCase(s)
	for _, c := range currencies {
		if strings.Contains(w, c) {
			return true
		}
	}
	return false
}
