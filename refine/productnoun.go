package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// productNouns are the lemmas of nouns of a kind of software or device
// that a product's own name follows in apposition: «мессенджер Telegram»,
// «браузер „Яндекс Браузер“», «антивирус McAfee», «смартфоны iPhone».
// The value tells whether the name must be in guillemets: «карты „Мир“»,
// «голосовой помощник „Алиса“» (a «помощник» or a «карта» before a bare
// name is a person's aide or a map of a place).
var productNouns = map[string]bool{"мессенджер": false, "браузер": false, "антивирус": false, "смартфон": false,
	"приложение": false, "нейросеть": false, "чат-бот": false, "помощник": true, "карта": true}

// productTypes are the types a product's name after one of productNouns
// is wrongly given.
var productTypes = map[string]bool{"ORGANIZATION": true, "FACILITY": true, "WORK_OF_ART": true}

// productNoun makes an ORGANIZATION, FACILITY or WORK_OF_ART right after a
// lower-case noun of productNouns (in guillemets where the noun asks for
// them) a PRODUCT: «в голосовом помощнике „Алиса“», «банковских картах
// „Мир“» (a FACILITY), «транспортных картах „Тройка“» (a WORK_OF_ART). A name
// in the genitive alone is the maker's, and stays: «приложение „Сбербанка“».
func (r *Refiner) productNoun(toks []doc.Token, m doc.Mention) doc.Mention {
	if !productTypes[m.Type] || !r.mayHave(productNouns) {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 1 {
		return m
	}
	k, quoted := first-1, false
	if k >= 0 && toks[k].Text == "«" {
		k, quoted = k-1, true
	}
	if k < 0 || !tokenize.StartsLower(toks[k].Text) || r.genitiveOnly(toks[first].Text) {
		return m
	}
	for _, l := range r.nounLemmas(toks[k].Text) {
		if needQuotes, ok := productNouns[l]; ok && (quoted || !needQuotes) {
			m.Type = "PRODUCT"
			break
		}
	}
	return m
}
