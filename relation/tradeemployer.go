package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// tradeNoun returns the start of tradeNouns that the folded word w opens
// with («перевозчика»: «перевозчик»), the longest, or "".
func tradeNoun(w string) string {
	w = strings.ToLower(w)
	best := ""
	for _, p := range tradeNouns {
		if strings.HasPrefix(w, p) && len(p) > len(best) {
			best = p
		}
	}
	return best
}

// businessKinds are the folded starts of the nouns that name a company
// before its name («Авиакомпания „Победа“», «компания „Магнит“»): what a
// post's trade noun («генеральный директор перевозчика») may refer back
// to when no organization is named by the same trade.
var businessKinds = []string{"компани", "авиакомпани", "авиаперевозчик", "холдинг", "концерн", "корпорац", "сеть", "сети", "груп", "гк"}

// tradeEmployer returns the organization a post refers to by its last
// word, a noun of a trade (tradeNouns: «генеральный директор перевозчика
// Сергей Александровский» after «Авиакомпания „Аэрофлот“ получила …»):
// the last organization within the post's sentence and the three before
// named with the same trade noun right before it («Ритейлер „Магнит“»,
// «Застройщик ГК „Самолет“»), else the last one within the post's sentence
// and the one before named as a company (businessKinds before it, a legal
// form, or any trade noun); not a board, a press service, nor a public
// body (otherInstitution). -1 when the post ends in no trade noun or none
// qualifies. NEREL v1.1 train and dev have no such post before a person.
func (c *patternContext) tradeEmployer(post int) int {
	mt := c.tokenOf[post]
	if mt.sent < 0 || mt.last <= mt.first {
		return -1
	}
	toks := c.sents[mt.sent].Tokens
	trade := tradeNoun(toks[mt.last].Text)
	if trade == "" || !slices.ContainsFunc(readings(toks[mt.last].Text), func(p morph.Parse) bool { return p.Tag.Case() == morph.Gent }) {
		return -1
	}
	fit := func(i int) bool {
		return !boardName(c.ms[i].Text) && !c.pressService(i) && !otherInstitution(c.ms[i].Text, "")
	}
	if best := c.lastOrgWithin(post, 3, func(i int) bool { return fit(i) && c.namedByTrade(i, trade) }); best >= 0 {
		return best
	}
	return c.lastOrgWithin(post, 1, func(i int) bool {
		return fit(i) && (c.namedByTrade(i, "") || c.company(i) || slices.ContainsFunc(businessKinds, func(k string) bool { return c.kindBefore(i, k) }))
	})
}

// namedByTrade reports whether a trade noun that opens with trade (any of
// tradeNouns when trade is "") stands among the two words before
// organization mention i, past its opening quote and an acronym of a
// company's form («Застройщик ГК „Самолет“»), or before its genitive
// complement (tradeBefore).
func (c *patternContext) namedByTrade(i int, trade string) bool {
	toks, k := c.tokenBeforeMention(i)
	for n := 0; n < 2 && k >= 0; n, k = n+1, k-1 {
		if w := strings.ToLower(toks[k].Text); tradeNoun(w) != "" && strings.HasPrefix(w, trade) {
			return true
		}
		if !tokenize.IsAcronym(toks[k].Text) {
			break
		}
	}
	return trade == "" && c.tradeBefore(i)
}
