package refine

import (
	"strings"
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
	ps := r.parse(w)
	for _, p := range ps {
		t := p.Tag
		if p.Method() != morph.MethodDictionary || t.Is(morph.Name) || t.Is(morph.Surn) || t.Is(morph.Patr) || t.Is(morph.Geox) || t.Is(morph.Orgn) ||
			t.POS() == morph.ADJF || t.POS() == morph.PRTF {
			return false
		}
	}
	return len(ps) > 0
}

// letterEnd runs a PERSON over a capital letter standing alone right after
// it, with no dot: the one-syllable given name of a Chinese or Korean name
// («министр иностранных дел Китая Ван И прибыл», «Ли Куан Ю»), or initials
// written without dots («Шестов И В»). Within a sentence a capital «И» is
// no conjunction; «Я» is left out, and so is a text in capitals («ПУТИН И
// МЕДВЕДЕВ»), where every «И» is one. toks are the tokens of m's sentence.
func letterEnd(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" || !strings.ContainsFunc(m.Text, unicode.IsLower) {
		return m
	}
	_, last := mentionTokens(toks, m)
	if last < 0 {
		return m
	}
	end := m.End
	for k := last + 1; k < len(toks); k++ {
		w := []rune(toks[k].Text)
		if len(w) != 1 || w[0] == 'Я' || !unicode.IsUpper(w[0]) || !unicode.Is(unicode.Cyrillic, w[0]) || toks[k].Start != end+1 ||
			k+1 < len(toks) && toks[k+1].Text == "." && toks[k+1].Start == toks[k].End {
			break
		}
		end = toks[k].End
	}
	if end == m.End {
		return m
	}
	m.End = end
	m.Text = string(text[m.Start:m.End])
	return m
}
