package refine

import (
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// codeDateTails ends a DATE of two tokens or more before its last token
// when that token is a code of a letter and digits, the name of a company or
// a product the recognizer read on: «В феврале X5 завершила поглощение …»
// → «В феврале», «в марте Т2 объявила …» → «в марте». A year with its
// abbreviation («2010г») opens with a digit and stays. A capitalized word
// in Latin letters ends a DATE the same way: «В ноябре Positive
// Technologies представила …» → «В ноябре» (NEREL v1.1 train and dev hold
// no DATE ending in a capitalized Latin word).
func codeDateTails(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "DATE" {
			continue
		}
		if _, last, many := outerFields(m.Text); !many || !dateTailName(last) {
			continue // (no code at its end: most dates)
		}
		toks, first, last := tokensOf(sents, m)
		if first < 0 || last <= first || !dateTailName(toks[last].Text) {
			continue
		}
		sp := doc.Span{Start: m.Start, End: toks[last-1].End}
		drop[m.Span] = true
		added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "DATE"})
	}
	if len(added) == 0 {
		return ms
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return m.Type == "DATE" && drop[m.Span] })
}

// dateTailName reports whether w, the last word of a DATE, is a code
// (letterCode) or a capitalized word in Latin letters («Positive»).
func dateTailName(w string) bool {
	c, _ := decodeFirst(w)
	return letterCode(w) || tokenize.IsUpper(c) && latinWord(w)
}

// letterCode reports whether w opens with a capital letter and holds a
// digit and no lower-case letter: «X5», «Т2», «ВТБ24».
func letterCode(w string) bool {
	c, _ := decodeFirst(w)
	if !tokenize.IsUpper(c) {
		return false
	}
	digit := false
	for _, c := range w {
		switch {
		case unicode.IsDigit(c):
			digit = true
		case !tokenize.IsUpper(c):
			return false
		}
	}
	return digit
}
