package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// caseEndings are the endings a one-word company name takes in the
// oblique cases («Сбер» → «Сбера», «Сберу», «Сбером», «Сбере»).
var caseEndings = map[string]bool{"а": true, "у": true, "ом": true, "е": true, "ы": true, "ой": true}

// organizationPersons makes a one-word PERSON an ORGANIZATION when the
// document names an organization by the same word in another case: «Сбер
// продолжает показывать устойчивые результаты» … «Кредитный портфель
// Сбера вырос» read «Сбера» as a person (a capitalized word in the
// genitive after a noun). The word is no person's surname in the
// document: no PERSON of several words holds it («Генри Форд» … «Форда»
// stays).
func (r *Refiner) organizationPersons(ms []doc.Mention) []doc.Mention {
	var orgs []string
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && !strings.Contains(m.Text, " ") {
			orgs = append(orgs, strings.Trim(m.Text, "«»\"“”"))
		}
	}
	if len(orgs) == 0 {
		return ms
	}
	var out []doc.Mention
	for i, m := range ms {
		if m.Type == "PERSON" && !strings.Contains(m.Text, " ") && r.organizationWord(m.Text, orgs) && !surnameIn(ms, m.Text) {
			if out == nil {
				out = append([]doc.Mention(nil), ms...)
			}
			out[i].Type = "ORGANIZATION"
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// organizationWord reports whether the capitalized word w (not in
// capitals) is one of orgs
// in another case: the name and a case ending (caseEndings), or a
// reading sharing its lemma.
func (r *Refiner) organizationWord(w string, orgs []string) bool {
	if c, _ := decodeFirst(w); !isCyrillic(c) || !tokenize.IsUpper(c) || strings.ToUpper(w) == w {
		// (a word in capitals is no inflected name: in a text in
		// capitals «АЛСУ», the singer, met an organization of the text
		// by its lemma)
		return false
	}
	for _, o := range orgs {
		if o == "" || strings.EqualFold(o, w) || strings.ToUpper(o) == o {
			// (nor an organization in capitals: in a text in capitals
			// the truecaser may write one word two ways)
			continue
		}
		if rest, ok := strings.CutPrefix(w, o); ok && caseEndings[rest] {
			return true
		}
		for _, p := range r.parse(w) {
			for _, q := range r.parse(o) {
				if p.Normal == q.Normal {
					return true
				}
			}
		}
	}
	return false
}

// surnameIn reports whether a PERSON of several words of ms holds a word
// that w begins with or that begins with w («Форда» of «Генри Форд»).
func surnameIn(ms []doc.Mention, w string) bool {
	for _, m := range ms {
		if m.Type != "PERSON" || !strings.Contains(m.Text, " ") {
			continue
		}
		for f := range strings.FieldsSeq(m.Text) {
			if len(f) >= 4 && (strings.HasPrefix(w, f[:len(f)-2]) || strings.HasPrefix(f, w)) {
				return true
			}
		}
	}
	return false
}
