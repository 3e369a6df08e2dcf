package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// eventNameHeads are the lemmas of the nouns that end the capitalized
// name of an event: «XXVII Петербургский международный экономический
// форум», «Московский международный кинофестиваль», «Нью-Йоркский
// марафон». NEREL train types such names (two words or more, capitalized)
// EVENT in 31 of 31: кинофестиваль 14, фестиваль 8, марафон 5, выставка 2,
// форум 1, съезд 1 (конференция, турнир and олимпиада are left out: their
// names are EVENT, ORGANIZATION or AWARD there).
var eventNameHeads = map[string]bool{
	"форум": true, "фестиваль": true, "кинофестиваль": true, "марафон": true, "выставка": true,
	"съезд": true, "биеннале": true, "ярмарка": true, "саммит": true,
}

// eventName retypes as an EVENT an ORGANIZATION of two words or more that
// starts with a capital or a number and whose head, its first noun, is its
// last word and a noun of eventNameHeads, maybe after a hyphen
// («Российско-китайского бизнес-форума»; eventHead), not «Оргкомитет
// форума». A number's word, which the dictionary reads as a noun, is no
// head: «12-го Международного экономического форума».
func (r *Refiner) eventName(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" || !strings.Contains(m.Text, " ") || tokenize.StartsLower(m.Text) {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first {
		return m
	}
	for k := first; k < last; k++ {
		if r.likeliest(toks[k].Text) == morph.NOUN && !unicode.IsDigit(firstRune(toks[k].Text)) {
			return m
		}
	}
	if r.eventHead(toks[last].Text) != "" {
		m.Type = "EVENT"
	}
	return m
}

// sharesName retypes as an ORGANIZATION an EVENT that is a name in quotes
// right after a form of «акция» («Акции „Северстали“ выросли»): the
// recognizer takes the shares for a protest action. In NEREL v1.1 train
// the quoted names after «акции» are organizations 4 times and EVENT twice,
// both a slogan opening with a preposition («акции „За честные выборы“»),
// which stays.
func (r *Refiner) sharesName(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "EVENT" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 2 || last+1 >= len(toks) || !tokenize.IsOpeningQuote(firstRune(toks[first-1].Text)) ||
		!tokenize.IsClosingQuote(firstRune(toks[last+1].Text)) || !strings.HasPrefix(fold(toks[first-2].Text), "акци") ||
		r.likeliest(toks[first].Text) == morph.PREP {
		return m
	}
	m.Type = "ORGANIZATION"
	return m
}
