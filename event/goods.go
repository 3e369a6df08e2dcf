package event

import "github.com/factgraph/factgraph/doc"

// goodsNouns are the lemmas of nouns of goods and freight: what «прибыть»
// tells of as shipped, not visiting («Груз прибыл из Японии», «прибыла
// партия зерна»).
var goodsNouns = map[string]bool{
	"груз": true, "партия": true, "контейнер": true, "товар": true, "продукция": true,
	"посылка": true, "зерно": true, "оборудование": true, "вагон": true, "контрафакт": true,
}

// goodsArrive reports whether the verb at toks[v] has a noun of goods for
// its subject, right before it («Груз прибыл») or right after it
// («прибыла партия»): a shipment, no visit. NEREL v1.1 train and dev have
// no such subject of «прибыть».
func (x *Extractor) goodsArrive(toks []doc.Token, v int) bool {
	for _, j := range []int{v - 1, v + 1} {
		if j < 0 || j >= len(toks) {
			continue
		}
		if l, _ := x.lemma(toks[j].Text); goodsNouns[l] {
			return true
		}
	}
	return false
}
