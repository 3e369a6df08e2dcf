package ner

import (
	"github.com/factgraph/factgraph/morph"
)

// MorphLexicon reads word features from the OpenCorpora dictionary: the
// part of speech, case and lemma of the likeliest parse, and the proper-name
// markers (Name, Surn, Patr, Geox, Orgn, Abbr, Init) of any parse.
type MorphLexicon struct {
	A *morph.Analyzer
}

// lemmaPrefix marks the grammeme that carries the lemma.
const lemmaPrefix = "L:"

var lexMarkers = []morph.Grammeme{morph.Name, morph.Surn, morph.Patr, morph.Geox, morph.Orgn, morph.Abbr, morph.Init}

// top returns the parses of word and the likeliest of them (ok false when
// there is none).
func (l MorphLexicon) top(word string) (ps []morph.Parse, top morph.Parse, ok bool) {
	ps = l.A.SharedParses(word) // read only
	if len(ps) == 0 {
		return nil, top, false
	}
	return ps, ps[0], true // Parse returns the parses best first
}

// Lemma returns the lemma of the likeliest parse of word, or word when the
// dictionary has none.
func (l MorphLexicon) Lemma(word string) string {
	if _, top, ok := l.top(word); ok {
		return top.Normal
	}
	return word
}

// gramNames holds the grammemes' feature names, "P:", "C:" and "F:"
// followed by the grammeme (Grammemes' part of speech, case and markers),
// made once rather than for every word.
var gramNames = func() (t [3][256]string) {
	for i, prefix := range []string{"P:", "C:", "F:"} {
		for g := range t[i] {
			t[i][g] = prefix + morph.Grammeme(g).String()
		}
	}
	return t
}()

// Grammemes implements Lexicon.
func (l MorphLexicon) Grammemes(word string) []string {
	ps, top, ok := l.top(word)
	if !ok {
		return nil
	}
	out := make([]string, 0, 8)
	if pos := top.Tag.POS(); pos != 0 {
		out = append(out, gramNames[0][pos])
	}
	if c := top.Tag.Case(); c != 0 {
		out = append(out, gramNames[1][c])
	}
	if top.Method() != morph.MethodDictionary {
		out = append(out, "unknown")
	}
	for _, g := range lexMarkers {
		for _, p := range ps {
			if p.Tag.Is(g) {
				out = append(out, gramNames[2][g])
				break
			}
		}
	}
	out = append(out, lemmaPrefix+top.Normal)
	return out
}
