package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// listedOrganizations makes a one-word PERSON joined by «и» to a
// capitalized one-word organization on either side an ORGANIZATION when the
// dictionary knows its word as no personal name and the two may be in the
// same case («сотрудники Росприроднадзора и Рыбохраны»). On NEREL v1.1
// train it changes nothing; with lower-case organizations it made a person
// of «Столкновения Дорнера и полиции» one.
func (r *Refiner) listedOrganizations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	joined := func(a, b doc.Mention) bool {
		if a.End < 0 || a.End >= b.Start || b.Start > len(text) {
			return false
		}
		return strings.TrimSpace(string(text[a.End:b.Start])) == "и"
	}
	for i, m := range ms {
		if m.Type != "PERSON" || strings.ContainsAny(m.Text, " .-") || r.personalName(m.Text) {
			continue
		}
		for _, o := range ms {
			if o.Type != "ORGANIZATION" || !(joined(o, m) || joined(m, o)) || strings.Contains(o.Text, " ") || !tokenize.StartsUpper(o.Text) {
				continue
			}
			if r.nounCasesAny(o.Text)&r.nounCasesAny(m.Text) == 0 {
				continue
			}
			out = own(out, ms)
			out[i].Type = "ORGANIZATION"
			break
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// nounCasesAny returns the cases of all of w's readings.
func (r *Refiner) nounCasesAny(w string) caseSet {
	var cs caseSet
	for _, p := range r.A.Parse(w) {
		cs |= caseBit(p)
	}
	return cs
}
