package event

import (
	"github.com/factgraph/factgraph/doc"
)

// discussVerbs are the lemmas of verbs a headline tells talks with: «Путин
// и Си обсудили в Пекине …». They make no event of their own (NEREL marks
// none of the 5 «обсудил(и)» of its train set), but place the meeting the
// lead tells.
var discussVerbs = map[string]bool{"обсудить": true, "обсуждать": true}

// discussedIn places the lead's meeting in the place the headline's
// «обсудили» names: a headline (sentence 0) with one of discussVerbs and,
// after it, a place in the locative («в Ташкенте») gives that place to the
// first MEETING of the next two sentences that has none: «Мишустин и
// премьер Узбекистана обсудили в Ташкенте поставки газа» … «Мишустин …
// провел переговоры с премьер-министром Узбекистана» → MEETING place
// Ташкент (was none: «в резиденции «Куксарой»» is an ORGANIZATION).
// bySent gives each sentence's mentions of ms; outSent each event's
// sentence.
func (x *Extractor) discussedIn(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, outSent []int) {
	if len(d.Sentences) < 2 || !headline(d.Sentences[0]) {
		return
	}
	toks := d.Sentences[0].Tokens
	verb := -1
	for k, t := range toks {
		if l, _ := x.lemma(t.Text); discussVerbs[l] {
			verb = k
			break
		}
	}
	if verb < 0 {
		return
	}
	place := ""
	for _, mi := range bySent[0] {
		m := ms[mi]
		if placeTypes[m.Type] && !m.nested && m.Start > toks[verb].Start && m.entity != "" && x.locative(d, m, false) && properName(m.Text) {
			place = m.entity
			break
		}
	}
	if place == "" {
		return
	}
	for i := range out {
		if outSent[i] < 1 || outSent[i] > 2 || out[i].Type != Meeting {
			continue
		}
		if out[i].Place == "" {
			out[i].Place = place
			out[i].Arguments = append(out[i].Arguments, doc.Argument{Role: RolePlace, Entity: place})
		}
		return
	}
}
