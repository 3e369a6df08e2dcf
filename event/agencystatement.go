package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// statementNouns are the nouns of a statement a body publishes («в
// заявлении ведомства», «в сообщении компании»).
var statementNouns = map[string]bool{"заявление": true, "сообщение": true, "пресс-релиз": true, "коммюнике": true}

// agencyNouns are common nouns that name an organization told before
// («говорится в заявлении ведомства»).
var agencyNouns = map[string]bool{"ведомство": true, "министерство": true, "компания": true, "организация": true,
	"правительство": true, "партия": true, "служба": true, "агентство": true, "посольство": true, "департамент": true,
	"учреждение": true, "корпорация": true, "концерн": true, "холдинг": true, "банк": true, "мэрия": true}

// agencyStatement gives a statement told by a noun with no agent, whose
// next word is the genitive of a common noun of an organization
// (agencyNouns: «Министерство природных ресурсов одобрило кандидатуру,
// говорится в заявлении ведомства»), the organization that noun stands
// for: the first ORGANIZATION mention before the trigger in its sentence,
// else in the sentence before (firstOrganization). Not when a mention covers the common noun
// («в заявлении Министерства обороны»: a name, which the relations give).
func (x *Extractor) agencyStatement(d *doc.Document, ms []mention, bySent map[int][]int, out []doc.Event, outSent []int) {
	if !strings.Contains(d.Text, "заявлени") && !strings.Contains(d.Text, "сообщени") && !strings.Contains(d.Text, "пресс-релиз") && !strings.Contains(d.Text, "коммюнике") {
		return
	}
	for i := range out {
		e := &out[i]
		si := outSent[i]
		if e.Type != Statement || si < 0 || si >= len(d.Sentences) || hasRole(e, RoleAgent) {
			continue
		}
		toks := d.Sentences[si].Tokens
		j := tokenAt(toks, e.Trigger.Start) + 1 // the word after the trigger
		if j <= 0 || j >= len(toks) || toks[j-1].End != e.Trigger.End {
			continue
		}
		if l, pos := x.lemma(strings.ToLower(e.Trigger.Text)); !statementNouns[l] || pos != morph.NOUN {
			continue
		}
		if l, _ := x.lemma(strings.ToLower(toks[j].Text)); !agencyNouns[l] || !x.genitiveForm(toks[j].Text) {
			continue
		}
		if covered(ms, bySent[si], toks[j].Start) {
			continue
		}
		org := firstOrganization(ms, bySent[si], e.Trigger.Start)
		if org == "" && si > 0 {
			org = firstOrganization(ms, bySent[si-1], d.Sentences[si-1].Span.End)
		}
		if org != "" {
			addParticipant(e, doc.Argument{Role: RoleAgent, Entity: org})
		}
	}
}

// genitiveForm reports whether the dictionary reads word as a genitive.
func (x *Extractor) genitiveForm(word string) bool {
	for _, p := range x.A.Parse(strings.ToLower(word)) {
		if p.Tag.Is(morph.Gent) {
			return true
		}
	}
	return false
}

// covered reports whether a mention among inSent covers the rune offset at.
func covered(ms []mention, inSent []int, at int) bool {
	for _, mi := range inSent {
		if ms[mi].Start <= at && at < ms[mi].End {
			return true
		}
	}
	return false
}

// firstOrganization returns the entity of the first ORGANIZATION mention
// among inSent (the subject of the sentence most often: «Министерство
// финансов США ввело санкции против Газпромбанка») that ends before the
// offset before, nested ones aside; "" if none.
func firstOrganization(ms []mention, inSent []int, before int) string {
	id, start := "", -1
	for _, mi := range inSent {
		m := ms[mi]
		if m.Type == "ORGANIZATION" && !m.nested && m.End <= before && (start < 0 || m.Start < start) {
			id, start = m.entity, m.Start
		}
	}
	return id
}
