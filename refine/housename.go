package refine

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// houseForms are the forms of a capitalized «Дом» that opens the name of a
// building: «в Доме правительства», «Дом Советов».
var houseForms = map[string]bool{"Дом": true, "Дома": true, "Дому": true, "Домом": true, "Доме": true}

// houseName makes an ORGANIZATION that opens with a lower-case genitive
// right after a capitalized «Дом» inside a sentence the FACILITY of both:
// «в Доме правительства Татарстана» is the building (NEREL: «Дом
// правительства» FACILITY, no organization inside), not «правительство
// Татарстана». NEREL v1.1 train tags a capitalized «Дом» with a lower-case
// genitive after it inside a sentence FACILITY 2 times of 2 («Доме кино»,
// «(Дом правительства)»).
func (r *Refiner) houseName(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" {
		return m
	}
	j := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
	if j < 2 || j >= len(toks) || toks[j].Start != m.Start || !houseForms[toks[j-1].Text] {
		return m
	}
	first := toks[j].Text
	if !tokenize.StartsLower(first) || !r.genitive(first) || strings.ContainsRune(string(text[toks[j-1].End:m.Start]), '\n') {
		return m
	}
	m.Start = toks[j-1].Start
	m.Text = string(text[m.Start:m.End])
	m.Type = "FACILITY"
	return m
}
