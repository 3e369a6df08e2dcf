package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// dealVerbs are the verbs of a deal (lemmas): a trigger of ACQUISITION
// only when a company is what changes hands (boughtCompany). Alone they
// are none: NEREL tags few purchases as events («продал более 300 миллионов
// копий», «приобрела широкую известность»; docs/event.md, ninth session).
var dealVerbs = map[string]bool{"купить": true, "приобрести": true, "продать": true, "выкупить": true, "поглотить": true}

// stakeNouns are what a deal buys of a company (lemmas): «контрольный
// пакет акций X», «30% акций X», «долю в X», «сеть магазинов X».
var stakeNouns = map[string]bool{"акция": true, "пакет": true, "доля": true, "процент": true, "%": true,
	"сеть": true, "магазин": true, "актив": true, "контроль": true, "бизнес": true}

// maxDealGap bounds the words between a deal verb and the company bought
// («купила сеть магазинов «Дикси»», «приобрела контрольный пакет акций
// горнорудного предприятия «Карельский окатыш»»).
const maxDealGap = 6

// boughtCompany reports whether the deal verb at toks[v] takes a company
// as its object: an ORGANIZATION mention (orgs: their first tokens' start
// offsets) in the verb's clause within maxDealGap words after it, with
// only a stake («пакет акций», «30% акций»), adjectives, numbers and the
// company's kind («компании», «предприятия») between. «продали сайт
// издательскому дому» is none (the company is the buyer, after a noun of
// a thing sold).
func (x *Extractor) boughtCompany(toks []doc.Token, v int, orgs map[int]bool) bool {
	if v < 0 {
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+1+maxDealGap; j++ {
		if orgs[toks[j].Start] {
			return true
		}
		w := toks[j].Text
		if w == "«" || w == "\"" || w == "„" {
			continue // the company's name opens with a quote
		}
		if punctMark(w) && w != "%" || strings.EqualFold(w, "у") {
			return false
		}
		if w == "%" || isNumber(w) {
			continue
		}
		l, pos := x.lemma(w)
		switch {
		case stakeNouns[l], companyKinds[l]:
		case pos == morph.ADJF || pos == morph.NUMR || pos == morph.PRTF:
		case j > v+1 && (strings.EqualFold(w, "в") || strings.EqualFold(w, "во")):
			// «долю в „Азоте“»
		default:
			return false
		}
	}
	return false
}

// companyKinds are nouns naming a company's kind before its name
// («акций компании „Азот“», «горнорудного предприятия „Карельский
// окатыш“»).
var companyKinds = map[string]bool{"компания": true, "предприятие": true, "холдинг": true, "группа": true,
	"банк": true, "завод": true, "комбинат": true, "ретейлер": true, "ритейлер": true, "оператор": true,
	"концерн": true, "корпорация": true, "производитель": true}

// isNumber reports whether w is written in digits («30», «25,5»).
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}
