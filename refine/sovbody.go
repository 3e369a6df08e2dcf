package refine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// councilBody makes a one-word mention of another type named like a
// clipped compound of «Сов» (совет) and the clipped stem of a second
// word — «Сов» before a consonant, the dictionary knowing no word by it
// (Совфед, Совбез, Совмин, Совнарком, Совкомбанк) — an ORGANIZATION, as
// NEREL v1.1 annotates all of its (Совфеда, Совбеза); the recognizer reads
// an unknown one as a surname («внесен членом Совфеда» PERSON). Words the
// dictionary knows (Совет, Совесть, Советск) and names with a vowel after
// «Сов» (Совенко, Совин) stay.
func (r *Refiner) councilBody(m doc.Mention) doc.Mention {
	w := fold(m.Text)
	rest, ok := strings.CutPrefix(w, "сов")
	if !ok || utf8.RuneCountInString(rest) < 3 || strings.ContainsRune("аеёиоуыэюяь", []rune(rest)[0]) {
		return m
	}
	if slices.ContainsFunc(r.parse(m.Text), func(p morph.Parse) bool { return p.Method() == morph.MethodDictionary }) {
		return m
	}
	m.Type = "ORGANIZATION"
	return m
}
