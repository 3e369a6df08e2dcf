package refine

import (
	"github.com/factgraph/factgraph/doc"
)

// danglingCases are the prepositions a mention may end in when the
// recognizer stopped before their object, with the cases of that object.
var danglingCases = map[string]caseSet{
	"с": instrumentals, "со": instrumentals, "по": datives, "в": prepositionals | accusatives, "на": prepositionals | accusatives,
	"о": prepositionals, "об": prepositionals, "за": accusatives | instrumentals, "против": genitives, "для": genitives,
}

// danglingPreposition runs a crime or an event that ends in a preposition
// («мошенничестве с») over its object, lower-case adjectives and a noun in
// a case the preposition takes: «мошенничестве с» + «субсидиями». With no
// such object after it the preposition is dropped. NEREL v1.1 train has
// no mention that ends in a preposition, and the recognizer makes none
// there; its gold crimes so built run on over the object («мошенничестве с
// криптовалютой», 3 of 3).
func (r *Refiner) danglingPreposition(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "CRIME" && m.Type != "EVENT" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last <= first {
		return m
	}
	cas, ok := danglingCases[fold(toks[last].Text)]
	if !ok {
		return m
	}
	if end, ok := r.lowerPhrase(toks, last+1, cas); ok {
		m.End = toks[end].End
	} else {
		m.End = toks[last-1].End
	}
	m.Text = string(text[m.Start:m.End])
	return m
}
