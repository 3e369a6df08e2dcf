package refine

import (
	"slices"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// dictionaryAdjective reports whether the dictionary reads w as an
// adjective — in case c, or in any case when c is 0 — and as no person's
// name («Малые», also the noun «малый»; not «Толстой», a surname too).
func (r *Refiner) dictionaryAdjective(w string, c morph.Grammeme) bool {
	adj := false
	for _, p := range r.parse(w) {
		if p.Tag.PersonName() {
			return false
		}
		adj = adj || p.Tag.POS() == morph.ADJF && (c == 0 || p.Tag.Case() == c) && p.Method() == morph.MethodDictionary
	}
	return adj
}

// settlementPairs makes one CITY of a settlement's name of two capitalized
// words, an adjective in the nominative and a word after it, that follows
// a lower-case noun of a kind of settlement (settlementNouns) where the
// recognizer cut it or read it as a person: «в деревне Малые Вязёмы» (a
// CITY «Малые» and a PERSON «Малые Вязёмы»), «в селе Верхний Услон» (a
// CITY «Верхний», a PERSON «Услон»). A name in apposition to its kind
// keeps the nominative. The mentions inside the pair go; a mention that
// runs past it stays, and so does the pair then.
func (r *Refiner) settlementPairs(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !r.mayHave(settlementNouns) {
		return ms
	}
	var added []doc.Mention
	inside := map[doc.Span]bool{}
	for _, s := range sents {
		for i := 0; i+2 < len(s.Tokens); i++ {
			sp, ok := r.settlementPair(s.Tokens[i:])
			if !ok || hasType(ms, sp, "CITY") || crosses(ms, sp) {
				continue
			}
			added = append(added, doc.Mention{Span: sp, Text: string(text[sp.Start:sp.End]), Type: "CITY"})
			inside[sp] = true
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool {
		for sp := range inside {
			if sp.Start <= m.Start && m.End <= sp.End {
				return true
			}
		}
		return false
	})
}

// settlementPair returns the span of the two capitalized words after
// toks[0] when toks[0] is a lower-case noun of a kind of settlement and
// the first of them an adjective in the nominative, the two set apart by
// one space.
func (r *Refiner) settlementPair(toks []doc.Token) (doc.Span, bool) {
	kind, adj, name := toks[0], toks[1], toks[2]
	// (the tests of positions and letters first: most words fail them)
	if adj.End+1 != name.Start || !tokenize.StartsUpper(adj.Text) || !tokenize.StartsUpper(name.Text) ||
		utf8.RuneCountInString(kind.Text) < 3 || !tokenize.StartsLower(kind.Text) || !anyIn(r.nounLemmas(kind.Text), settlementNouns) ||
		!tokenize.IsWord(adj.Text) || !tokenize.IsWord(name.Text) || !r.dictionaryAdjective(adj.Text, morph.Nomn) {
		return doc.Span{}, false
	}
	return doc.Span{Start: adj.Start, End: name.End}, true
}

// crosses reports whether a mention overlaps sp and runs before or past
// it (or holds it).
func crosses(ms []doc.Mention, sp doc.Span) bool {
	return slices.ContainsFunc(ms, func(m doc.Mention) bool {
		return m.Start < sp.End && m.End > sp.Start && (m.Start < sp.Start || m.End > sp.End)
	})
}
