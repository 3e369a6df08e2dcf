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
// («Самолет произведен …»), the one product of the nearest of the two
// sentences before that names any (none when it names two).
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
	for s := si - 1; s >= max(0, si-2); s-- {
		product := -1
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
