package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// initialsOnly reports whether w is one or more capital letters each
// followed by its dot, written close («А.», «А.Я.»).
func initialsOnly(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || len(rs)%2 != 0 {
		return false
	}
	for i := 0; i < len(rs); i += 2 {
		if !tokenize.IsUpper(rs[i]) || rs[i+1] != '.' {
			return false
		}
	}
	return true
}

// initialsSurname runs a PERSON made of initials alone over the
// capitalized word right after them, the surname the recognizer did not
// know, a common noun too (березняк): «имени А.Я. Березняка» gave the
// person «А.Я.». Initials name no one without a surname. (A name before
// them, «Ван И. Встреча», is no initials alone: initialEnd.) A word in
// Latin letters, an acronym or a lower-case word stays out. toks are the
// tokens of m's sentence.
func (r *Refiner) initialsSurname(text []rune, toks []doc.Token, m doc.Mention) doc.Mention {
	if m.Type != "PERSON" || !strings.HasSuffix(m.Text, ".") {
		return m
	}
	first, last := mentionTokens(toks, m)
	if first < 0 || last < first || last+1 >= len(toks) {
		return m
	}
	for _, t := range toks[first : last+1] {
		if !initialsOnly(t.Text) {
			return m
		}
	}
	next := toks[last+1]
	if next.Start-toks[last].End > 1 || !tokenize.StartsUpper(next.Text) || !tokenize.IsWord(next.Text) || !isCyrillic(firstRune(next.Text)) ||
		cyrillicAcronym(next.Text) {
		return m
	}
	m.End = next.End
	m.Text = string(text[m.Start:m.End])
	return m
}
