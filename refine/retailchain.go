package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// retailHeads are the lemmas of the nouns of shops whose quoted name is an
// organization's, the chain's: «сеть магазинов „Красный яр“», «гипермаркете
// „Окей“» (NEREL train: ORGANIZATION 2 of 2; «супермаркета „Восторг“»
// is a FACILITY there, and is not listed).
var retailHeads = map[string]bool{"магазин": true, "гипермаркет": true, "дискаунтер": true, "универсам": true}

// chainForms are the forms of «сеть» that may name a chain before its
// quoted names: «управляет сетями „Пятерочка“, „Перекресток“ и „Чижик“».
var chainForms = map[string]bool{"сеть": true, "сети": true, "сетью": true, "сетей": true, "сетями": true, "сетях": true}

// retailChains makes the quoted names after a noun of shops (retailHeads),
// or right after a form of «сеть» that no adjective or preposition opens
// (not «в сети „Интернет“», «информационно-телекоммуникационной сети
// „Интернет“», a PRODUCT in NEREL train), and the quoted names listed after
// the first, ORGANIZATIONs: the recognizer reads a chain's name as a work
// («сетями „Пятерочка“» → WORK_OF_ART). NEREL train has the shop nouns
// twice (both already ORGANIZATION), the bare «сеть» before a quote three
// times, each after an adjective or a preposition: the rule changes no
// train mention.
func (r *Refiner) retailChains(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(retailHeads) && !r.mayHaveWord(chainForms) {
		return ms
	}
	types := map[doc.Span]string{}
	eachQuote(sents, 1, func(toks []doc.Token, i, j int) {
		w := toks[i-1].Text
		chain := chainForms[lowerCase(w)] && (i < 2 || !r.adjectiveOrPreposition(toks[i-2].Text))
		if !chain && !anyIn(r.nounLemmas(w), retailHeads) {
			return
		}
		types[doc.Span{Start: toks[i+1].Start, End: toks[j-1].End}] = "ORGANIZATION"
		eachListedAfter(toks, j, func(sp doc.Span) { types[sp] = "ORGANIZATION" })
	})
	return withListTypes(text, ms, types)
}

// adjectiveOrPreposition reports whether some reading of w is an
// adjective, a participle or a preposition.
func (r *Refiner) adjectiveOrPreposition(w string) bool {
	for _, p := range r.facts(w).parses {
		switch p.Tag.POS() {
		case morph.ADJF, morph.PRTF, morph.PREP:
			return true
		}
	}
	return false
}
