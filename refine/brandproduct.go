package refine

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// brandNouns are the lemmas of the nouns after which a name is a kind of a
// thing: «нефти марки Brent», «пистолетов марки Беретта», «сорта Urals».
var brandNouns = map[string]bool{"марка": true, "сорт": true}

// oilGrades are the benchmark grades of crude oil, which the news name
// without «марки» too («Российская нефть Urals подорожала», «фьючерсов на
// нефть марки Brent», with «нефть» in the accusative): no company has
// these names. NEREL v1.1 train and dev have none of them.
var oilGrades = map[string]bool{"Brent": true, "WTI": true, "Urals": true, "ESPO": true}

// brandProduct makes an ORGANIZATION of oilGrades a PRODUCT, and one right after a noun of brandNouns a
// PRODUCT when a lower-case noun in the genitive, the thing the brand is
// of, comes right before that noun: «цена нефти марки Brent» (Brent read
// as a company). A brand with no thing before it is the company's («лицом
// марки Dior»). NEREL v1.1 train: the names after «марки» with a genitive
// noun before it are PRODUCT 3 of 3 (МОСВЕГА, Беретта twice), the one
// without («лицом марки Dior») an ORGANIZATION.
func (r *Refiner) brandProduct(toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type == "ORGANIZATION" && oilGrades[m.Text] {
		m.Type = "PRODUCT"
		return m
	}
	if m.Type != "ORGANIZATION" || !r.mayHave(brandNouns) {
		return m
	}
	first, _ := mentionTokens(toks, m)
	if first < 2 || !anyIn(r.nounLemmas(toks[first-1].Text), brandNouns) || !tokenize.StartsLower(toks[first-1].Text) {
		return m
	}
	if thing := toks[first-2].Text; !tokenize.StartsLower(thing) || !r.genitive(thing) {
		return m
	}
	m.Type = "PRODUCT"
	return m
}
