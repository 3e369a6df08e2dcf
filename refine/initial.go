package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// initialEnd ends a PERSON after an initial followed by a capitalized word
// the dictionary knows, none of whose readings is a proper name: the word
// opens the next sentence, which the tokenizer did not split off («Ван И.
// Встреча состоялась»). toks are the tokens of m's sentence.
func (r *Refiner) initialEnd(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < 0 {
		return m
	}
	for k := first + 1; k < last; k++ {
		w := []rune(toks[k].Text)
		if len(w) != 2 || w[1] != '.' || !unicode.IsUpper(w[0]) || !r.commonWord(toks[k+1].Text) {
			continue
		}
		m.End = toks[k].End
		m.Text = string(text[m.Start:m.End])
		return m
	}
	return m
}

// commonWord reports whether w is capitalized and every reading of it is
// a dictionary word that is no proper name nor an adjective («Томского» of
// «Н. В. Томского» may be a surname).
func (r *Refiner) commonWord(w string) bool {
	if !tokenize.StartsUpper(w) {
		return false
	}
	ps := r.A.Parse(w)
	for _, p := range ps {
		t := p.Tag
		if p.Method() != morph.MethodDictionary || t.Is(morph.Name) || t.Is(morph.Surn) || t.Is(morph.Patr) || t.Is(morph.Geox) || t.Is(morph.Orgn) ||
			t.POS() == morph.ADJF || t.POS() == morph.PRTF {
			return false
		}
	}
	return len(ps) > 0
}
