package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// openerParties are the lemmas of the nouns after «Республиканская» that
// make it a party's ideology: «Республиканской партии», «Республиканское
// движение».
var openerParties = map[string]bool{"партия": true, "движение": true, "блок": true, "коалиция": true, "фронт": true}

// organizationOpeners drops a one-word COUNTRY «Федерация» or IDEOLOGY
// «Республиканский» that opens a longer ORGANIZATION or FACILITY mention
// and is no place or creed there: the kind of a body named after it
// («Федерации хоккея России», «Федерация футбола Португалии»: NEREL v1.1
// train and dev have «федерация» open 10 organizations, none with a
// COUNTRY inside at its start) or the adjective of a republic's own
// institution («Республиканский клинический онкологический диспансер»,
// «республиканской погранслужбы»: 2 of 2 with no IDEOLOGY, while the 11
// «Республиканской партии» keep theirs).
func (r *Refiner) organizationOpeners(text []rune, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(nil, "федерация", "республиканский") {
		return ms
	}
	drop := map[int]bool{}
	for i, m := range ms {
		var opener bool
		switch m.Type {
		case "COUNTRY":
			opener = foldPrefix(m.Text, "федерац")
		case "IDEOLOGY":
			opener = foldPrefix(m.Text, "республиканск")
		}
		if !opener || strings.ContainsRune(m.Text, ' ') {
			continue
		}
		for _, o := range ms {
			if o.Start != m.Start || o.End <= m.End || o.Type != "ORGANIZATION" && o.Type != "FACILITY" {
				continue
			}
			if m.Type == "IDEOLOGY" {
				rest := fields(string(text[m.End:o.End]))
				if len(rest) == 0 || anyIn(r.nounLemmas(rest[0]), openerParties) {
					continue
				}
			}
			drop[i] = true
			break
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms)-len(drop))
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}
