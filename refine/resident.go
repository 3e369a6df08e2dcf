package refine

import "github.com/factgraph/factgraph/doc"

// residentLemmas are the lemmas of the nouns of the people who live or
// own a home somewhere: they name no people nor nationality, and NEREL
// v1.1 train and dev tag none of them an entity.
var residentLemmas = map[string]bool{
	"жилец": true, "житель": true, "жительница": true, "горожанин": true, "новосёл": true, "новосел": true,
	"дольщик": true, "квартиросъёмщик": true, "квартиросъемщик": true, "домовладелец": true,
}

// residentNationality reports whether m is a NATIONALITY of one word that
// is a resident's noun (residentLemmas): «жильцы» of «Жильцам выплатят
// помощь», which the recognizer read as a people.
func (r *Refiner) residentNationality(m doc.Mention) bool {
	return m.Type == "NATIONALITY" && len(fields(m.Text)) == 1 && anyIn(r.nounLemmas(m.Text), residentLemmas)
}
