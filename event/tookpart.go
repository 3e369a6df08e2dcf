package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// takePartVerbs are the lemmas of the verb of «принять участие».
var takePartVerbs = map[string]bool{"принять": true, "принимать": true}

// tookPartIn gives the parties of a sentence that tells who took part in
// the event the sentence before named by a noun, pointed to by a pronoun:
// «Затем в Доме правительства прошло совещание … . В нем приняли участие
// представители Объединенной авиастроительной корпорации и Казанского
// … университета …» → the MEETING's participants are the corporation and
// the university (were none). The pronoun agrees with the event's noun:
// «нем» (нём) a singular masculine or neuter one (совещание, форум), «ней»
// a feminine one (встреча, конференция), «них» a plural one (переговоры).
// The parties are the persons, organizations and states (partyTypes, not
// nested in another mention but a post: «представители Минпромторга
// России» gives Минпромторг России) after the pronoun in its sentence;
// they take the role participant. No such sentence names a party in NEREL train or
// dev (one «В нём принимали участие все желающие школьники»), so NEREL's
// figures do not move. bySent gives each sentence's mentions of ms;
// toldIn the sentences that told each event.
func (x *Extractor) tookPartIn(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, toldIn map[[2]int]bool) {
	for si := 1; si < len(d.Sentences); si++ {
		toks := d.Sentences[si].Tokens
		p := x.tookPartPronoun(toks)
		if p < 0 {
			continue
		}
		k := x.pointedEvent(toks[p].Text, out, toldIn, si-1)
		if k < 0 {
			continue
		}
		for _, mi := range bySent[si] {
			m := ms[mi]
			if m.Start < toks[p].End || !partyTypes[m.Type] || m.entity == "" || insideParty(ms, bySent[si], m) ||
				m.nested && !inProfession(ms, bySent[si], m) {
				continue
			}
			addParticipant(&out[k], doc.Argument{Role: RoleParticipant, Entity: m.entity})
		}
	}
}

// tookPartPronoun returns the index of the pronoun of «В нем приняли
// участие» or «Участие в ней приняли» in toks: «в»/«во», a pronoun of
// pronounGrammemes, and «участие» with a form of takePartVerbs next to it
// (at most one word between), within three words of the pronoun; -1 when
// there is none.
func (x *Extractor) tookPartPronoun(toks []doc.Token) int {
	part := -1
	for i, t := range toks {
		if strings.EqualFold(t.Text, "участие") {
			part = i
			break
		}
	}
	if part < 0 {
		return -1
	}
	verb := false
	for j := max(part-2, 0); j <= part+2 && j < len(toks); j++ {
		if l, _ := x.lemma(toks[j].Text); j != part && takePartVerbs[l] {
			verb = true
		}
	}
	if !verb {
		return -1
	}
	for i := 1; i < len(toks); i++ {
		if _, ok := pronounGrammemes[strings.ToLower(toks[i].Text)]; !ok {
			continue
		}
		prep := strings.ToLower(toks[i-1].Text)
		if (prep == "в" || prep == "во") && i-part <= 3 && part-i <= 3 {
			return i
		}
	}
	return -1
}

// pronounGrammemes gives the number (and for the singular, the genders)
// of the noun a locative pronoun points to.
var pronounGrammemes = map[string][]morph.Grammeme{
	"нем": {morph.Sing, morph.Masc, morph.Neut},
	"нём": {morph.Sing, morph.Masc, morph.Neut},
	"ней": {morph.Sing, morph.Femn},
	"них": {morph.Plur},
}

// pointedEvent returns the index of the last event of out told in sentence
// si by a noun that the pronoun agrees with (pronounGrammemes), or -1.
func (x *Extractor) pointedEvent(pronoun string, out []doc.Event, toldIn map[[2]int]bool, si int) int {
	want := pronounGrammemes[strings.ToLower(pronoun)]
	for k := len(out) - 1; k >= 0; k-- {
		if !toldIn[[2]int{k, si}] {
			continue
		}
		for _, w := range strings.Fields(out[k].Trigger.Text) {
			w = strings.Trim(w, "«»\"“”„,.()")
			l, pos := x.lemma(w)
			if _, ok := nouns[l]; !ok || pos != morph.NOUN {
				continue
			}
			if x.agrees(w, want) {
				return k
			}
			break
		}
	}
	return -1
}

// agrees reports whether the likeliest parse of the noun w has the number
// want[0] and, for the singular, one of the genders after it.
func (x *Extractor) agrees(w string, want []morph.Grammeme) bool {
	ps := x.A.Parse(w)
	if len(ps) == 0 || len(want) == 0 {
		return false
	}
	tag := ps[0].Tag
	if tag.Number() != want[0] {
		return false
	}
	if want[0] == morph.Plur {
		return true
	}
	g := tag.Gender()
	for _, h := range want[1:] {
		if g == h {
			return true
		}
	}
	return false
}

// insideParty reports whether m lies inside another party mention of the
// sentence («России» of «Минпромторга России»).
func insideParty(ms []mention, sent []int, m mention) bool {
	for _, mi := range sent {
		o := ms[mi]
		if partyTypes[o.Type] && o.Start <= m.Start && m.End <= o.End && (o.End-o.Start) > (m.End-m.Start) {
			return true
		}
	}
	return false
}

// inProfession reports whether m lies inside a PROFESSION mention of the
// sentence («Минпромторга России» of «представители Минпромторга России»).
func inProfession(ms []mention, sent []int, m mention) bool {
	for _, mi := range sent {
		if o := ms[mi]; o.Type == "PROFESSION" && o.Start <= m.Start && m.End <= o.End {
			return true
		}
	}
	return false
}
