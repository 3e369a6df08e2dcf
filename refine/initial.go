package refine

import (
	"slices"
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
		if len(w) != 2 || w[1] != '.' || !tokenize.IsUpper(w[0]) || !r.commonWord(toks[k+1].Text) {
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
	if m.Type != "PERSON" || !strings.ContainsFunc(m.Text, tokenize.IsLower) {
		return m
	}
	_, last := mentionTokens(toks, m)
	if last < 0 {
		return m
	}
	end := m.End
	for k := last + 1; k < len(toks); k++ {
		w := []rune(toks[k].Text)
		if len(w) != 1 || w[0] == 'Я' || !tokenize.IsUpper(w[0]) || !unicode.Is(unicode.Cyrillic, w[0]) || toks[k].Start != end+1 ||
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

// initialPairs splits a PERSON that runs from initials and a surname on
// into the next name: «старший сын А.Лукашенко Виктор», «из окружения
// В.Шеймана А.Кулешов» name two persons, the kin or the circle of the
// first and then the second, since a Russian name written with initials
// ends at the surname. NEREL tags the two apart every time the text has
// them so (v1.1 train: «Т.Донилона Майкл», «А. П. Чехова Наталья», «Н. П.
// Акимова Татьяна»); the second part, when capitalized, becomes a PERSON
// of its own.
//
// It splits so too a name in the genitive followed by a first name in the
// nominative: «мать Майкла Джексона Кэтрин» is Jackson's mother Кэтрин
// (the first word has no nominative reading, the word before the last is a
// surname in the genitive, the last a first name that may be nominative).
func (r *Refiner) initialPairs(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention // (nil until the first split, then ms up to it and on)
	for i, m := range ms {
		if out != nil {
			out = append(out, m)
		}
		if m.Type != "PERSON" {
			continue
		}
		toks := sentenceTokens(sents, m)
		first, last := mentionTokens(toks, m)
		if first < 0 || last < 0 {
			continue
		}
		s := first
		for s < last && isInitial(toks[s].Text) {
			s++
		}
		if s == first && last-first >= 2 && r.genitiveKinName(toks[first:last+1]) {
			s = last - 1
		}
		if s == first || s >= last || !tokenize.StartsUpper(toks[s].Text) || !tokenize.StartsUpper(toks[s+1].Text) ||
			strings.ContainsRune(string(text[toks[s].End:toks[s+1].Start]), '\n') {
			continue
		}
		if out == nil {
			out = append(make([]doc.Mention, 0, len(ms)+1), ms[:i+1]...)
		}
		out[len(out)-1].End = toks[s].End
		out[len(out)-1].Text = string(text[m.Start:toks[s].End])
		second := doc.Mention{Span: doc.Span{Start: toks[s+1].Start, End: m.End}, Type: "PERSON", Text: string(text[toks[s+1].Start:m.End])}
		if !slices.Contains(ms, second) {
			out = append(out, second)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// isInitial reports whether w is one capital letter with its dot («А.»).
func isInitial(w string) bool {
	r := []rune(w)
	return len(r) == 2 && r[1] == '.' && tokenize.IsUpper(r[0])
}

// genitiveKinName reports whether toks are a name in the genitive and then
// a first name that may be nominative: the first word a first name with no
// nominative reading, the word before the last a surname in the genitive,
// the last a first name with a nominative reading («Майкла Джексона
// Кэтрин»), every word capitalized: a name with a particle is one name of
// its own order («Зин эль-Абидин Бен Али»).
func (r *Refiner) genitiveKinName(toks []doc.Token) bool {
	n := len(toks)
	for _, t := range toks {
		if !tokenize.StartsUpper(t.Text) { // («Зин эль-Абидин Бен Али»)
			return false
		}
	}
	if !r.genitiveName(toks[0].Text) || r.nominativeName(toks[0].Text, morph.Name) || !r.genitiveName(toks[n-2].Text) ||
		!r.nominativeName(toks[n-1].Text, morph.Name) || r.nominativeName(toks[n-2].Text, morph.Surn) {
		return false
	}
	return true
}

// nominativeName reports whether the dictionary reads w as a name of the
// grammeme g (morph.Name, morph.Surn) in the nominative.
func (r *Refiner) nominativeName(w string, g morph.Grammeme) bool {
	for _, p := range r.parse(w) {
		if p.Method() == morph.MethodDictionary && p.Tag.Is(g) && p.Tag.Case() == morph.Nomn {
			return true
		}
	}
	return false
}
