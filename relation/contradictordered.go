package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// orderStems open the past and present forms of the verbs by which an
// official gives an organization an order: «поручил „Автодору“», «поручила
// правительству», «предписал Минстрою», «приказал ФСБ», «велел мэрии»,
// «рекомендовал банкам». (Nouns such as «предписание» do not share them:
// «предписал», «предписыва» need the verb's suffix.)
var orderStems = []string{"поручил", "поручае", "поручаю", "предписал", "предписыва", "приказал", "приказыва", "велел", "рекомендовал"}

// orderedBody reports whether the organization t is the dative object of
// an order right before it: a person who gives «Автодору» an order does
// not work there (WORKPLACE). NEREL v1.1 train: 6 organizations right
// after such a verb, none of them the workplace of anyone.
func orderedBody(text []rune, h, t doc.Mention) bool {
	if h.Type != "PERSON" || h.End > t.Start {
		return false
	}
	w := wordBefore(text, t.Start)
	for _, s := range orderStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
