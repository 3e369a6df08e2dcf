package relation

import (
	"strings"
	"unicode"
)

// madeByForms are the short passive participles of making: «произведен»,
// «изготовлен», with their gender and number endings (madeBy).
var madeByForms = []string{"произведен", "произведена", "произведено", "произведены",
	"изготовлен", "изготовлена", "изготовлено", "изготовлены"}

// makerKindsInstr are the instrumentals of the kinds of company that may
// name a maker right before its name: «произведен корпорацией „Иркут“».
var makerKindsInstr = []string{"компанией", "корпорацией", "концерном", "холдингом", "заводом", "предприятием", "фирмой", "производителем", "группой"}

// madeBy finds PRODUCES from the organization named right after a short
// passive participle of making, or after a kind of company in the
// instrumental there («самолет произведен корпорацией „Иркут“»), to the
// product: the one that ends within three tokens before the participle
// («МС-21 был произведен …»), else, when a bare noun opens the sentence
// («Самолет произведен …»), the product of the nearest of the four
// sentences before that names one product right after a noun of that kind
// (productsOfKind: «с пилотируемым кораблем „Союз МС-27“ … Корабль
// изготовлен …»), or, of the two sentences before, one product alone
// (none when the nearest that names any names two).
// NEREL v1.1 train and dev hold no such passive with its maker (the forms
// there are of searches, shots and operations), and the rule finds none.
func (c *patternContext) madeBy(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	k := ti + 1
	if k < len(toks) && isAnyFold(toks[k].Text, makerKindsInstr) {
		k++
	}
	if k < len(toks) && toks[k].Text == "«" {
		k++
	}
	maker := c.startingAt(si, k, "ORGANIZATION")
	if maker < 0 {
		return out
	}
	if p := c.leftOf(si, ti, "PRODUCT", 3); p >= 0 {
		return append(out, c.found("PRODUCES", maker, p))
	}
	v := ti - 1
	if v >= 0 && isAnyFold(toks[v].Text, []string{"был", "была", "было", "были"}) {
		v--
	}
	if v != 0 || !startsUpper(toks[0].Text) {
		return out
	}
	for s := si - 1; s >= max(0, si-4); s-- {
		product, kinds := -1, c.productsOfKind(s, toks[0].Text)
		if len(kinds) == 1 {
			return append(out, c.found("PRODUCES", maker, kinds[0]))
		}
		if len(kinds) > 1 {
			return out // two of the kind: which one is unclear
		}
		if s < si-2 {
			continue
		}
		for _, i := range c.bySent[s] {
			if c.ms[i].Type == "PRODUCT" {
				if product >= 0 {
					return out // two products: which one is unclear
				}
				product = i
			}
		}
		if product >= 0 {
			return append(out, c.found("PRODUCES", maker, product))
		}
	}
	return out
}

// productsOfKind returns the products of sentence s named right after a
// noun of the kind noun, past an opening quote: «с пилотируемым кораблем
// „Союз МС-27“» for «Корабль изготовлен …» (sharesWord: «корабль»,
// «кораблем»).
func (c *patternContext) productsOfKind(s int, noun string) []int {
	toks := c.sents[s].Tokens
	var out []int
	for _, i := range c.bySent[s] {
		k := c.tokenOf[i].first - 1
		if k >= 0 && toks[k].Text == "«" {
			k--
		}
		if c.ms[i].Type == "PRODUCT" && k >= 0 && sharesWord(noun, toks[k].Text) {
			out = append(out, i)
		}
	}
	return out
}

// startsUpper reports whether the word w opens with a capital letter and
// goes on in lower case: a common noun at a sentence's start.
func startsUpper(w string) bool {
	r := []rune(w)
	return len(r) > 1 && strings.ToUpper(string(r[0])) == string(r[0]) && strings.ToLower(string(r[1:])) == string(r[1:])
}

// madeByClauseStems open the full passive participles of making and
// developing: «разработанный», «созданный», «произведённый»,
// «изготовленный», «выпущенный», «спроектированный», in any case, gender
// and number (madeByClause).
var madeByClauseStems = []string{"разработанн", "созданн", "произведенн", "произведённ",
	"изготовленн", "выпущенн", "спроектированн", "сконструированн"}

// madeByClause finds PRODUCES in a participle clause set off after a
// product: «комплексов „Бук-М3“, разработанных концерном
// воздушно-космической обороны „Алмаз-Антей“», «беспилотник „Орион“,
// созданный компанией „Кронштадт“». The participle follows a comma that
// follows the product (its closing quote between); the maker is the
// organization right after it, or after a kind of company in the
// instrumental and at most three lower-case words (its genitive
// complement), before any comma or stop. A clause with no organization
// («созданный в 2010 году») or with a person after it gives nothing.
func (c *patternContext) madeByClause(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti < 2 || toks[ti-1].Text != "," {
		return out
	}
	product := c.leftOf(si, ti-1, "PRODUCT", 2)
	if product < 0 {
		return out
	}
	k := ti + 1
	if k < len(toks) && isAnyFold(toks[k].Text, makerKindsInstr) {
		if maker := c.startingAt(si, k, "ORGANIZATION"); maker >= 0 {
			return append(out, c.found("PRODUCES", maker, product))
		}
		k++
		for n := 0; n < 3 && k < len(toks) && c.startingAt(si, k, "ORGANIZATION") < 0 && isLowerWord(toks[k].Text); n++ {
			k++
		}
	}
	if k < len(toks) && toks[k].Text == "«" {
		k++
	}
	if maker := c.startingAt(si, k, "ORGANIZATION"); maker >= 0 {
		return append(out, c.found("PRODUCES", maker, product))
	}
	return out
}

// isLowerWord reports whether w is a word in lower case (hyphens allowed):
// «воздушно-космической».
func isLowerWord(w string) bool {
	if w == "" || w == "-" {
		return false
	}
	for _, r := range w {
		if r != '-' && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
