package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// delayables are the lemmas of what «задержать» delays rather than
// detains: a flight or a train, its departure or arrival, a payment, a
// supply, a launch.
var delayables = map[string]bool{"рейс": true, "вылет": true, "поезд": true, "электричка": true,
	"отправление": true, "прибытие": true, "выплата": true, "зарплата": true, "поставка": true,
	"старт": true, "запуск": true, "сдача": true, "посадка": true, "выдача": true, "открытие": true}

// delayed reports whether the arrest told by toks' words in sp is a delay:
// «задержать», «задерживаться» or «задержание» whose object is one of
// delayables, right after it past adjectives and numbers («задержали вылет
// 12 рейсов», «задержание выплат») or earlier in its clause in the
// nominative or the accusative («Рейс Москва – Сочи задержали на три
// часа», «Вылет самолета задерживается»); not «Полиция задержала водителя
// автобуса», «В поезде задержали мужчину».
func (x *Extractor) delayed(toks []doc.Token, sp doc.Span) bool {
	i := tokenAt(toks, sp.Start)
	if i < 0 {
		return false
	}
	k := -1 // the word of «задержать»
	for j := i; j < len(toks) && toks[j].Start < sp.End; j++ {
		if l, _ := x.lemma(toks[j].Text); strings.HasPrefix(l, "задерж") {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if isNumber(toks[j].Text) {
			continue // «задержали вылет 12 рейсов»
		}
		ps := x.A.Parse(toks[j].Text)
		if len(ps) == 0 {
			break
		}
		if pos := ps[0].Tag.POS(); pos == morph.ADJF || pos == morph.NUMR || pos == morph.PRTF {
			continue
		}
		if delayedNoun(ps, morph.Accs, morph.Gent) {
			return true
		}
		break
	}
	for j := k - 1; j >= 0; j-- {
		switch toks[j].Text {
		case "–", "—", "-":
			continue // «Рейс Москва – Сочи задержали»
		case ",", ";", ":", ".", "(", ")":
			return false // the clause begins after it
		}
		if delayedNoun(x.A.Parse(toks[j].Text), morph.Nomn, morph.Accs) {
			return true
		}
	}
	return false
}

// delayedNoun reports whether a reading of ps is a noun of delayables in
// one of the cases a or b.
func delayedNoun(ps []morph.Parse, a, b morph.Grammeme) bool {
	for _, p := range ps {
		if p.Tag.POS() == morph.NOUN && delayables[p.Normal] && (p.Tag.Case() == a || p.Tag.Case() == b) {
			return true
		}
	}
	return false
}
