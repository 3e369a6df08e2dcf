package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// apposedPersons ends an organization before the person of two words or
// more that ends it when the person's first word has a nominative reading
// and no genitive one: «пресс-атташе Мариинского театра Анна Яковлева»,
// «оператор Аль-Джазиры Сами аль-Хадж» name a post's holder after the
// employer, not an organization named after a person, whose name is in
// the genitive («администрации Дональда Трампа», «театра имени Евгения
// Вахтангова», «госпитале Святой Марии»: all 40 organizations so ending
// that the recognizer finds in NEREL v1.1 train).
func (r *Refiner) apposedPersons(text []rune, ms []doc.Mention) []doc.Mention {
	var starts map[int]int // a person's end → its start
	for _, m := range ms {
		if m.Type == "PERSON" && strings.Contains(m.Text, " ") {
			if starts == nil {
				starts = map[int]int{}
			}
			starts[m.End] = m.Start
		}
	}
	if starts == nil {
		return ms
	}
	var out []doc.Mention
	for k, m := range ms {
		ps, ok := starts[m.End]
		if m.Type != "ORGANIZATION" || !ok || ps <= m.Start {
			continue
		}
		first, _, _ := strings.Cut(string(text[ps:m.End]), " ")
		if !r.nominativeOnly(first) {
			continue
		}
		end := ps
		for end > m.Start && (unicode.IsSpace(text[end-1]) || text[end-1] == ',') {
			end--
		}
		if end == m.Start {
			continue
		}
		out = own(out, ms)
		out[k].End = end
		out[k].Text = string(text[m.Start:end])
	}
	if out == nil {
		return ms
	}
	return out
}

// nominativeOnly reports whether w has a nominative reading and no
// genitive one.
func (r *Refiner) nominativeOnly(w string) bool {
	nom := false
	for _, p := range r.parse(w) {
		switch p.Tag.Case() {
		case morph.Gent, morph.Gen2:
			return false
		case morph.Nomn:
			nom = true
		}
	}
	return nom
}
