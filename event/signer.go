package event

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// signerAfter reports whether the entity head (or holder, the person
// holding head's post) is the subject that follows the active finite
// verb of the signing t: a name in the nominative after it in its
// clause (no punctuation between), not after a preposition («Приказ подписала министр
// здравоохранения Свердловской области Татьяна Савинова», the paper put
// first; not «подписал указ, согласно которому … Андрей Воробьёв
// назначен»). The relation model reads such a signer as PARTICIPANT_IN; NEREL
// train marks the subject of «подписать» AGENT (29 of the 35 the extractor
// makes agents).
func (x *Extractor) signerAfter(d *doc.Document, ms []mention, inSent []int, t trigger, head, holder string) bool {
	toks := d.Sentences[t.sent].Tokens
	v := tokenAt(toks, t.span.Start)
	if v < 0 || x.passive(t) {
		return false
	}
	if _, pos := x.lemma(toks[v].Text); pos != morph.VERB {
		return false
	}
	for _, mi := range inSent {
		m := ms[mi]
		if m.Type != "PERSON" || m.nested || m.Start < t.span.End || m.entity != head && m.entity != holder {
			continue
		}
		if x.postverbalSubject(d, m, nil) && !punctBetween(toks, t.span.End, m.Start) {
			return true
		}
	}
	return false
}

// punctBetween reports whether a punctuation mark other than a quote
// stands in toks between the offsets from and to.
func punctBetween(toks []doc.Token, from, to int) bool {
	for _, tk := range toks {
		if tk.Start >= from && tk.End <= to && punctMark(tk.Text) && !quoteMark(tk.Text) && tk.Text != "»" && tk.Text != "“" && tk.Text != "”" {
			return true
		}
	}
	return false
}
