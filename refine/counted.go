package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// countedThings drops an ORGANIZATION that is a number and a lower-case
// noun with no singular reading: «управляющим 13-ю филиалами», «16 тонн»
// count things, while a numbered unit is one, its noun singular («58-й
// армии», «75-го отдела полиции», «15-м экипажем МКС»: the 11
// organizations of a number and a lower-case word the recognizer finds in
// NEREL v1.1 train and dev, all right).
func (r *Refiner) countedThings(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var drop map[doc.Span]bool
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || m.Text == "" || !unicode.IsDigit(firstRune(m.Text)) {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, _ := mentionTokens(toks, m)
		if first < 0 || first+1 >= len(toks) || toks[first+1].End > m.End || !tokenize.StartsLower(toks[first+1].Text) || !r.pluralOnly(toks[first+1].Text) {
			continue
		}
		if drop == nil {
			drop = map[doc.Span]bool{}
		}
		drop[m.Span] = true
	}
	if drop == nil {
		return ms
	}
	return without(ms, "ORGANIZATION", func(m doc.Mention) bool { return drop[m.Span] })
}

// pluralOnly reports whether w has noun readings, all of them plural.
func (r *Refiner) pluralOnly(w string) bool {
	n := 0
	for _, p := range r.parse(w) {
		if p.Tag.POS() != morph.NOUN {
			continue
		}
		if !p.Tag.Is(morph.Plur) {
			return false
		}
		n++
	}
	return n > 0
}
