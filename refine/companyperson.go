package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// companyPerson makes a PERSON of two words or more that opens with a
// noun of a kind of company (companyNouns) an ORGANIZATION: «холдинг
// «Высокоточные комплексы» Госкорпорации Ростех» read «Госкорпорации
// Ростех» as a person (the capital after the closing quote). A person's
// name does not open with «компания», «госкорпорация», «холдинг»: NEREL
// v1.1 train has no PERSON so opening, and 12 ORGANIZATION mentions (see
// docs/ner.md, twentieth session).
func (r *Refiner) companyPerson(m doc.Mention) doc.Mention {
	if m.Type != "PERSON" {
		return m
	}
	first, rest, ok := strings.Cut(m.Text, " ")
	if !ok || rest == "" {
		return m
	}
	if anyIn(r.nounLemmas(first), companyNouns) {
		m.Type = "ORGANIZATION"
	}
	return m
}
