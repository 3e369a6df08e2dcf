package refine

import (
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// definedAcronyms drops the ORGANIZATION mentions of an acronym that the
// text defines, in brackets, as the initials of the lower-case words right
// before it, none of them a kind of organization (orgHeads): «отделение
// приборно-агрегатного отсека (ПАО)», «на базе свободного программного
// обеспечения (СПО)» name a thing, not the company or body the recognizer
// reads in the letters (ПАО, a public joint-stock company). Every mention
// of the acronym in the document goes («ПАО всё-таки отсоединился»). In
// NEREL v1.1 train the 3 acronyms so defined (СОРМ, ОРИ, ПО) are no
// entity; one defined by a kind of organization, or by words the recognizer
// has as an organization, stays («министерства иностранных дел (МИД)»).
func (r *Refiner) definedAcronyms(sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var defined map[string]bool
	for _, s := range sents {
		toks := s.Tokens
		for i := 2; i+1 < len(toks); i++ {
			if toks[i-1].Text != "(" || toks[i+1].Text != ")" || !tokenize.IsAcronym(toks[i].Text) {
				continue
			}
			from := r.spelledBefore(toks, i-1, toks[i].Text)
			if from < 0 || organizationIn(ms, doc.Span{Start: toks[from].Start, End: toks[i-2].End}) {
				continue
			}
			if defined == nil {
				defined = map[string]bool{}
			}
			defined[toks[i].Text] = true
		}
	}
	return without(ms, "ORGANIZATION", func(m doc.Mention) bool { return defined[m.Text] })
}

// organizationIn reports whether an ORGANIZATION of ms overlaps s.
func organizationIn(ms []doc.Mention, s doc.Span) bool {
	for _, m := range ms {
		if m.Type == "ORGANIZATION" && m.Overlaps(s) {
			return true
		}
	}
	return false
}

// spelledBefore returns the index of the first of the words right before
// toks[k], lower case and none a kind of organization (orgHeads, poHeads),
// whose initials (of each part of a hyphenated word) are the letters of
// acronym, in order, or -1.
func (r *Refiner) spelledBefore(toks []doc.Token, k int, acronym string) int {
	letters := []rune(lowerCase(acronym))
	n := len(letters)
	j := k - 1
	for ; j >= 0 && n > 0; j-- {
		w := toks[j].Text
		first, _ := decodeFirst(w)
		if !tokenize.IsLower(first) || !tokenize.IsLetter(first) {
			return -1
		}
		parts := strings.Split(w, "-")
		if len(parts) > n {
			return -1
		}
		for p := len(parts) - 1; p >= 0; p-- {
			c, _ := decodeFirst(parts[p])
			n--
			if c != letters[n] {
				return -1
			}
		}
		if ls := r.nounLemmas(w); orgHeads[fold(w)] || anyIn(ls, orgHeads) || anyIn(ls, poHeads) {
			return -1
		}
	}
	if n > 0 {
		return -1
	}
	return j + 1
}

// mixedAcronym reports whether w is one Cyrillic word of capitals and small
// letters with at least two capitals, the first letter a capital: an
// acronym written with a stem (БелТА, МосГорТранс), not a country's
// acronym in capitals alone (РФ, США).
func mixedAcronym(w string) bool {
	upper, lower := 0, 0
	for i, c := range w {
		switch {
		case !unicode.Is(unicode.Cyrillic, c):
			return false
		case tokenize.IsUpper(c):
			upper++
		case i == 0:
			return false
		default:
			lower++
		}
	}
	return upper >= 2 && lower > 0
}
