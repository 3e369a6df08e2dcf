package refine

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
)

// definedAcronyms drops the ORGANIZATION mentions of an acronym that the
// text defines, in brackets, as the initials of the lower-case words right
// before it, none of them a kind of organization (orgHeads): «отделение
// приборно-агрегатного отсека (ПАО)», «на базе свободного программного
// обеспечения (СПО)» name a thing, not the company or body the recognizer
// reads in the letters (ПАО, a public joint-stock company). Every mention
// of the acronym in the document goes («ПАО всё-таки отсоединился»). In
// NEREL v1.1 train the 3 acronyms so defined (СОРМ, ОРИ, ПО) are no
// entity; one defined by a kind of organization stays («министерства
// иностранных дел (МИД)»).
func (r *Refiner) definedAcronyms(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var defined map[string]bool
	for _, s := range sents {
		toks := s.Tokens
		for i := 2; i+1 < len(toks); i++ {
			if toks[i-1].Text != "(" || toks[i+1].Text != ")" || !capsAcronym(toks[i].Text) || !r.spelledBefore(toks, i-1, toks[i].Text) {
				continue
			}
			if defined == nil {
				defined = map[string]bool{}
			}
			defined[toks[i].Text] = true
		}
	}
	if defined == nil {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms))
	for _, m := range ms {
		if m.Type != "ORGANIZATION" || !defined[m.Text] {
			out = append(out, m)
		}
	}
	return out
}

// capsAcronym reports whether w is two to six capital letters.
func capsAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// spelledBefore reports whether the words right before toks[k], lower case
// and none a kind of organization, have as initials (of each part of a
// hyphenated word) the letters of acronym, in order.
func (r *Refiner) spelledBefore(toks []doc.Token, k int, acronym string) bool {
	letters := []rune(strings.ToLower(acronym))
	n := len(letters)
	for j := k - 1; j >= 0 && n > 0; j-- {
		w := toks[j].Text
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(first) || !unicode.IsLetter(first) {
			return false
		}
		parts := strings.Split(w, "-")
		if len(parts) > n {
			return false
		}
		for p := len(parts) - 1; p >= 0; p-- {
			c, _ := utf8.DecodeRuneInString(parts[p])
			n--
			if c != letters[n] {
				return false
			}
		}
		if orgHeads[fold(w)] || anyIn(r.nounLemmas(w), orgHeads) {
			return false
		}
	}
	return n == 0
}
