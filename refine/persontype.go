package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// personKindTypes are the types of one-word mentions of a kind of person
// that lexicalTypes corrects from the lexicon.
var personKindTypes = map[string]bool{"PROFESSION": true, "NATIONALITY": true, "IDEOLOGY": true, "RELIGION": true}

// lexicalTypes retypes a one-word mention of a kind of person whose
// likeliest reading's lemma the lexicon gives another of these types: a
// noun of a people typed as a post is a NATIONALITY («великий поляк,
// выдающийся художник»), an occupation typed as a people is a PROFESSION
// («доставляется домой к швеям»). The lexicon's lemmas are those NEREL
// train tags with their type in 80 % of their uses or more (typeLemmas,
// ethnonymLemmas, postLemmas, occupation); the recognizer confuses the
// kinds of persons in words it has seen seldom. A mention of the new type
// on the same span already there makes the old one go.
func (r *Refiner) lexicalTypes(ms []doc.Mention) []doc.Mention {
	if !slices.ContainsFunc(ms, func(m doc.Mention) bool { t := r.lexicalType(m); return t != "" && t != m.Type }) {
		return ms // (most documents have none to retype: no map of the spans' types)
	}
	have := map[doc.Span]map[string]bool{}
	for _, m := range ms {
		if have[m.Span] == nil {
			have[m.Span] = map[string]bool{}
		}
		have[m.Span][m.Type] = true
	}
	var out []doc.Mention
	changed := false
	for _, m := range ms {
		if typ := r.lexicalType(m); typ != "" && typ != m.Type {
			changed = true
			if have[m.Span][typ] {
				continue
			}
			have[m.Span][typ] = true
			m.Type = typ
		}
		out = append(out, m)
	}
	if !changed {
		return ms
	}
	return out
}

// lexicalType returns the type of person the lexicon gives a one-word
// mention of personKindTypes (lexicalTypes), or "".
func (r *Refiner) lexicalType(m doc.Mention) string {
	if !personKindTypes[m.Type] || strings.ContainsAny(m.Text, " -") {
		return ""
	}
	ps := r.parse(m.Text)
	if len(ps) == 0 {
		return ""
	}
	typ := typeLemmas[ps[0].Normal]
	if typ == "" && occupation(ps[0]) {
		typ = "PROFESSION"
	}
	if !personKindTypes[typ] {
		return ""
	}
	return typ
}
