package tagger

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerNotProper reports, for each word of a sentence written with
// capitals (its first word with a letter starts with one), whether it is a
// word in lower case: in edited text a proper name is capitalized, so such
// a word is not PROPN (UD GSD dev: 2 lower-case PROPN tokens, against 15
// lower-case words the tagger made PROPN: опенинг, бизнес-процессов). A
// sentence in lower case throughout (chat, text read in lower case) is
// left to the model: there the names are lower case too. Used in UD GSD's
// domain only: UD Taiga's social-media texts write names in lower case in
// sentences that start with a capital («Едем в халонг»: 17 lower-case PROPN
// the tagger gets right in its dev set), and with no domain, as the product
// tags, the non-PROPN reading of an unknown word is often poor (the
// canonical names of NEREL dev change for the worse: «украинском» →
// Украинск).
func lowerNotProper(words []string) []bool {
	capital := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			capital = unicode.IsUpper(r)
			break
		}
	}
	if !capital {
		return nil
	}
	out := make([]bool, len(words))
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		out[i] = unicode.IsLower(r) && !strings.ContainsFunc(w, unicode.IsUpper)
	}
	return out
}

// dropProper lowers the score of the PROPN candidates of a token below
// every other, when there are others.
func (m *Model) dropProper(cs []cand, scores []float32) {
	other := false
	for k := range cs {
		if !strings.HasPrefix(m.tagString(&cs[k]), "PROPN") {
			other = true
			break
		}
	}
	if !other {
		return
	}
	for k := range cs {
		if strings.HasPrefix(m.tagString(&cs[k]), "PROPN") {
			scores[k] = -math.MaxFloat32
		}
	}
}
