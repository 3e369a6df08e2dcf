package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// settlementNameTypes are the types, neither of a place nor of a person,
// that a settlement's name after its kind's noun is read as.
var settlementNameTypes = map[string]bool{"EVENT": true, "DATE": true, "ORGANIZATION": true, "WORK_OF_ART": true,
	"PRODUCT": true, "AWARD": true, "LAW": true, "DISEASE": true, "FACILITY": true}

// settlementName makes a capitalized mention right after a lower-case noun
// of a kind of settlement (settlementNouns) a CITY when it was read as a
// thing that is neither a place nor a person: «в итальянском городке
// Сан-Ладзаро-ди-Савена», read as an EVENT. NEREL v1.1 train types the
// name after such a noun a CITY 125 times, a person's 3 («мэр города
// Сергей Собянин») and a larger place's 2 («городе Аляски»), which stay.
// The noun has three letters at least: «с» is «село» to the dictionary.
// toks are the tokens of m's sentence.
//
// A PERSON of two words or more that opens with an adjective no person's
// name reads as is a settlement's name too: «в поселке Ближний Бережок»
// (adjectiveOpened; «мэр города Сергей Собянин» stays).
func (r *Refiner) settlementName(toks []doc.Token, m doc.Mention) doc.Mention {
	if !settlementNameTypes[m.Type] && !(m.Type == "PERSON" && r.adjectiveOpened(m.Text)) || !tokenize.StartsUpper(m.Text) {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 1 || utf8.RuneCountInString(toks[first-1].Text) < 3 || !tokenize.StartsLower(toks[first-1].Text) || !anyIn(r.nounLemmas(toks[first-1].Text), settlementNouns) {
		return m
	}
	m.Type = "CITY"
	return m
}

// adjectiveOpened reports whether name has two words or more and its first
// reads as an adjective from the dictionary and as no person's name nor
// surname («Ближний Бережок»; not «Сергей Собянин», nor «Толстой», a
// surname too).
func (r *Refiner) adjectiveOpened(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	return ok && r.dictionaryAdjective(first, 0)
}
