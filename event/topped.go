package event

import "github.com/factgraph/factgraph/doc"

// topped are the lemmas of what one tops rather than takes charge of:
// a party's list of candidates, a rating, a chart, a table of standings
// («Федеральную часть списка возглавили министр обороны …», «возглавил
// ежегодный рейтинг», «возглавил британский чарт»). «возглавить» with one
// of them within a few words is no appointment (appointsNoOne, tops).
var topped = map[string]bool{
	"список": true, "рейтинг": true, "чарт": true, "хит-парад": true, "таблица": true, "перечень": true,
}

// ledOrTopped reports whether the lemma l names what «возглавить» leads
// without a post (led: «возглавил делегацию») or tops (topped).
func ledOrTopped(l string) bool {
	return led[l] || topped[l]
}

// tops reports whether the EVENT mention at sp of sentence tokens toks is
// «возглавить» (or «возглавлять») with a word of topped up to three words
// before it or five after it, within its clause: «Федеральную часть
// списка возглавили …», «возглавил британский чарт».
func (x *Extractor) tops(toks []doc.Token, sp doc.Span) bool {
	i := tokenAt(toks, sp.Start)
	if i < 0 {
		return false
	}
	if l, _ := x.lemma(toks[i].Text); l != "возглавить" && l != "возглавлять" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && !punctMark(toks[k].Text); k-- {
		if l, _ := x.lemma(toks[k].Text); topped[l] {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+5 && !punctMark(toks[k].Text); k++ {
		if l, _ := x.lemma(toks[k].Text); topped[l] {
			return true
		}
	}
	return false
}
