package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// attackNouns are the lemmas of the nouns of an attack that a Latin
// prefix names the kind of: «DDoS-атака», «SQL-инъекция».
var attackNouns = map[string]bool{"атака": true, "инъекция": true}

// latinCompounds drops a PERSON that is one hyphenated word of a part in
// Latin letters and a lower-case Russian part («DDoS-атака», «IT-компания»,
// «SMS-рассылка»): a common noun the recognizer read as a name for its
// capitals. When the Russian part is a noun of an attack (attackNouns),
// the word is an EVENT: «DDoS-атака была отражена». NEREL v1.1 train and
// dev hold no PERSON so written (their hyphenated persons end in a name or
// «-младший», «-старший», in Cyrillic letters).
func (r *Refiner) latinCompounds(ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for k, m := range ms {
		if m.Type != "PERSON" {
			continue
		}
		head, tail, ok := strings.Cut(m.Text, "-")
		if !ok || !latinWord(head) || !lowerCyrillic(tail) {
			continue
		}
		if out == nil {
			out = slices.Clone(ms)
		}
		out[k].Type = ""
		if anyIn(r.nounLemmas(tail), attackNouns) {
			out[k].Type = "EVENT"
		}
	}
	if out == nil {
		return ms
	}
	return slices.DeleteFunc(out, func(m doc.Mention) bool { return m.Type == "" })
}
