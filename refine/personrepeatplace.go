package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// placeCaseEndings are the endings a place's name in a consonant takes in
// the oblique cases (Азавад → Азавада, Азаваду, Азаваде, Азавадом).
var placeCaseEndings = []string{"а", "у", "е", "ом"}

// placeNamedPersons retypes a one-word PERSON that is an oblique case of
// the name of a one-word place mention of the same text as that place:
// «Национальное движение за освобождение Азавада» with «государство
// Азавад», a STATE_OR_PROVINCE, read as a person's genitive. Only a name
// the text gives no person of more than one word (not «Вашингтона» with
// «Джордж Вашингтон»).
func placeNamedPersons(ms []doc.Mention) []doc.Mention {
	places := map[string]string{}
	for _, m := range ms {
		if isPlaceType(m.Type) && cyrillicName(m.Text) {
			places[m.Text] = m.Type
		}
	}
	if len(places) == 0 {
		return ms
	}
	var out []doc.Mention
	for i, m := range ms {
		if m.Type != "PERSON" || !cyrillicName(m.Text) {
			continue
		}
		for _, e := range placeCaseEndings {
			name, ok := strings.CutSuffix(m.Text, e)
			if typ := places[name]; ok && typ != "" && !namedPerson(ms, name) {
				out = own(out, ms)
				out[i].Type = typ
				break
			}
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// namedPerson reports whether a PERSON of more than one word has a word
// that starts with name.
func namedPerson(ms []doc.Mention, name string) bool {
	for _, m := range ms {
		if m.Type == "PERSON" && strings.Contains(m.Text, " ") {
			for _, w := range fields(m.Text) {
				if strings.HasPrefix(w, name) {
					return true
				}
			}
		}
	}
	return false
}
