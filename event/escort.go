package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// escortVerbs are the lemmas of «сопровождать»: those who accompany the
// one who came take part in the visit.
var escortVerbs = map[string]bool{"сопровождать": true, "сопроводить": true}

// escortedNouns name the one accompanied in «Министра сопровождали …»:
// the party nouns (partyNouns) and the nouns of a guest.
var escortedNouns = map[string]bool{"губернатор": true, "мэр": true, "председатель": true, "делегация": true, "гость": true}

// escortedPronouns point to the one accompanied («Его сопровождали …»).
var escortedPronouns = map[string]bool{"его": true, "её": true, "ее": true, "их": true}

// escortedEvents are the types of an event one is accompanied at.
var escortedEvents = map[string]bool{Visit: true, Meeting: true, Session: true}

// accompanied gives a visit, meeting or session of the sentence before the
// persons of a sentence that tells who accompanied its party: a finite
// form of escortVerbs with, right before or after it, the one accompanied
// named by a party noun in the accusative, or a pronoun before it: «Глава
// Минпромторга Антон Алиханов посетил Казанский вертолетный завод.
// Министра сопровождали президент Республики Татарстан Рустам Минниханов
// и генеральный директор холдинга Николай Колесов» → VISIT participants
// Минниханов, Колесов (were none). The persons are the sentence's PERSON
// mentions but the one accompanied; they take the role participant. NEREL
// train and dev have no such sentence after an event (0 of 0). bySent gives
// each sentence's mentions of ms; toldIn the sentences that told each event.
func (x *Extractor) accompanied(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, toldIn map[[2]int]bool) {
	for si := 1; si < len(d.Sentences); si++ {
		toks := d.Sentences[si].Tokens
		o := x.escorted(toks)
		if o < 0 {
			continue
		}
		k := -1
		for i := len(out) - 1; i >= 0; i-- {
			if toldIn[[2]int{i, si - 1}] && escortedEvents[out[i].Type] {
				k = i
				break
			}
		}
		if k < 0 {
			continue
		}
		for _, mi := range bySent[si] {
			m := ms[mi]
			if m.Type != "PERSON" || m.entity == "" || m.Span.Overlaps(toks[o].Span) || hasArg(&out[k], m.entity) {
				continue
			}
			addParticipant(&out[k], doc.Argument{Role: RoleParticipant, Entity: m.entity})
		}
	}
}

// escorted returns the index of the word naming the one accompanied next to
// a finite verb of escortVerbs in toks (accompanied), or -1.
func (x *Extractor) escorted(toks []doc.Token) int {
	for k, t := range toks {
		l, pos := x.lemma(t.Text)
		if !escortVerbs[l] || pos != morph.VERB {
			continue
		}
		for _, o := range []int{k - 1, k + 1} {
			if o < 0 || o >= len(toks) {
				continue
			}
			if escortedPronouns[strings.ToLower(toks[o].Text)] && o < k {
				return o // (after the verb «его» may be possessive: «которого сопровождали его сын»)
			}
			if ol, _ := x.lemma(toks[o].Text); (partyNouns[ol] || escortedNouns[ol]) && x.accusative(toks[o].Text) {
				return o
			}
		}
	}
	return -1
}

// accusative reports whether a parse of w is in the accusative.
func (x *Extractor) accusative(w string) bool {
	for _, p := range x.A.Parse(w) {
		if p.Tag.Is(morph.Accs) {
			return true
		}
	}
	return false
}
