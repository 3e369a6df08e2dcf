package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// genitiveName reports whether the name m follows a lower-case noun of a
// company's kind (companyKinds) of no nominative singular reading (its
// descriptor in the genitive, «компании») that depends, over adjectives only, on another noun no
// preposition governs and that may be in the nominative: «Крупнейший профсоюз южнокорейской компании
// Samsung Electronics объявил …», «Сотрудники компании «Ромашка»
// вышли …». The name is the dependent's, not the subject of the verb.
func (x *Extractor) genitiveName(d *doc.Document, m mention) bool {
	toks := d.Sentences[m.sent].Tokens
	i := tokenAt(toks, m.Start)
	if i >= 1 && quoteOpener(toks[i-1].Text) {
		i-- // «компании «Ромашка»»
	}
	j := i - 1
	if j < 1 || !tokenize.StartsLower(toks[j].Text) {
		return false
	}
	if l, pos := x.lemma(toks[j].Text); pos != morph.NOUN || !companyKinds[l] {
		return false
	}
	genitive := false
	for _, p := range x.A.Parse(toks[j].Text) {
		if p.Tag.Case() == morph.Nomn && p.Tag.Number() == morph.Sing {
			return false
		}
		genitive = genitive || p.Tag.Case() == morph.Gent
	}
	if !genitive {
		return false
	}
	k := j - 1
	for k >= 0 {
		if _, pos := x.lemma(toks[k].Text); pos != morph.ADJF && pos != morph.PRTF {
			break
		}
		k--
	}
	if k < 0 {
		return false
	}
	_, pos := x.lemma(toks[k].Text)
	return pos == morph.NOUN && x.nominative(toks[k].Text) && !x.afterPreposition(toks, k) && (k == 0 || !x.preposition(strings.ToLower(toks[k-1].Text)))
}

// nominative reports whether w has a nominative reading: a head that may
// be the subject («профсоюз», «Сотрудники»; not «прошлого» of «В октябре
// прошлого года»).
func (x *Extractor) nominative(w string) bool {
	for _, p := range x.A.Parse(w) {
		if p.Tag.Case() == morph.Nomn {
			return true
		}
	}
	return false
}

// preposition reports whether the lower-case word w has a preposition's
// reading: a sentence's «В» the dictionary may read otherwise first.
func (x *Extractor) preposition(w string) bool {
	for _, p := range x.A.Parse(w) {
		if p.Tag.POS() == morph.PREP {
			return true
		}
	}
	return false
}

// quoteOpener reports whether w is an opening quote mark.
func quoteOpener(w string) bool {
	r := []rune(w)
	return len(r) == 1 && tokenize.IsOpeningQuote(r[0])
}
