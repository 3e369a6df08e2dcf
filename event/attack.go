package event

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// struckPlace reports whether the place m is what the attack verb of t
// strikes: its direct object, right after the verb with at most three
// words and no punctuation between, in the accusative («ВСУ атаковали
// Белгород беспилотниками», «обстреляли Донецкую область»; not «атаковали
// позиции у Донецка» nor «атаковали в Белгороде»).
func (x *Extractor) struckPlace(d *doc.Document, t trigger, m mention) bool {
	toks := d.Sentences[t.sent].Tokens
	v := tokenAt(toks, t.span.Start)
	i := tokenAt(toks, m.Start)
	if v < 0 || i < 0 || !x.verbAt(toks, v) || !rightAfter(toks, t.span, m) {
		return false
	}
	for j := v + 1; j < i; j++ {
		if _, pos := x.lemma(toks[j].Text); pos != morph.ADJF && toks[j].Start >= t.span.End {
			return false // «атаковали позиции у Донецка»
		}
	}
	for _, p := range x.A.Parse(toks[i].Text) {
		if p.Tag.Case() == morph.Accs {
			return true
		}
	}
	return false
}
