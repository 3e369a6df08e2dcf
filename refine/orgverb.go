package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// verbEnd cuts off the last word of an ORGANIZATION of three words or
// more that the tagger read as a finite verb: the recognizer ran the
// name over its predicate, «Сахалинская транспортная прокуратура начала
// проверку» → «Сахалинская транспортная прокуратура» («начала» is also
// the genitive of «начало», which a name may end in). A quoted name keeps
// its words («„Россия, вперёд“»). toks are the tokens of m's sentence.
func verbEnd(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "ORGANIZATION" || strings.ContainsAny(m.Text, "«»\"") {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first+2 {
		return m
	}
	t := toks[last]
	if t.POS != "VERB" || !strings.Contains(t.Feats, "VerbForm=Fin") || !strings.Contains(t.Feats, "Tense=Past") {
		return m
	}
	m.End = toks[last-1].End
	m.Text = string(text[m.Start:m.End])
	return m
}
