package refine

import (
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// agencyType makes a one-word mention of another type named like a
// Russian federal agency or state company — «Рос» and a stem, the
// dictionary knowing no place by it (Росреестр, Роснедра, Росморречфлот)
// — an ORGANIZATION. In NEREL v1.1 train all 57 capitalized one-word mentions so
// named are organizations (Роскомнадзор, Росгвардия, Росавтодор, …); the
// recognizer reads the ones it has not seen as countries, persons or
// ideologies (Ростуризм). Forms of Россия,
// Российский and Ростов, and places the dictionary knows (Рославль), stay.
func (r *Refiner) agencyType(m doc.Mention) doc.Mention {
	if !strings.HasPrefix(m.Text, "Рос") || m.Type == "ORGANIZATION" || m.Type == "PROFESSION" || strings.Contains(m.Text, " ") {
		return m
	}
	w := fold(m.Text)
	if utf8.RuneCountInString(w) < 6 || strings.HasPrefix(w, "росси") || strings.HasPrefix(w, "ростов") || strings.HasPrefix(w, "росс") && !strings.HasPrefix(w, "россельхоз") {
		return m
	}
	for _, p := range r.A.Parse(m.Text) {
		if p.Method() == morph.MethodDictionary && (p.Tag.Is(morph.Geox) || p.Tag.Is(morph.Surn) || p.Tag.Is(morph.Name)) {
			return m
		}
	}
	m.Type = "ORGANIZATION"
	return m
}
