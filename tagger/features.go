package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/internal/hashtab"
)

// Feature templates. Each token feature is the FNV-1a hash of a template
// byte and one or more strings; the weight of (feature, tag part) is found
// at hash(feature, part) in one dense hashed weight array.
const (
	fBias byte = iota + 1
	fWord
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fSuf5
	fPre2
	fShape
	fFirst
	fPrevWord
	fNextWord
	fPrev2Word
	fNext2Word
	fPrevTag
	fPrevUPOS
	fPrev2UPOS
	fPrevCase
	fPrevGNC
	fPrevWordTag
	fNextClass
	fNextCases
	fNextSuf3
	fPrevSuf3
	fClass
	fWordNext
	fPrevWordWord
	fCand   // candidate-level features
	fDomain // the domain alone; conjoined with other features (domain.go)
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(t byte) uint64 { return (fnvOffset ^ uint64(t)) * fnvPrime }

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

func hashU(h uint64, x uint64) uint64 {
	h ^= x
	h *= fnvPrime
	h ^= x >> 29
	h *= fnvPrime
	return h
}

func feat1(t byte, s string) uint64 { return hashStr(hashStart(t), s) }

func feat2(t byte, a, b string) uint64 { return hashStr(hashStr(hashStart(t), a), b) }

// slot is the weight index of (feature f, laid-out tag part p): in the
// row of f for the small parts (see rowParts), hashed for the others.
func slot(f, p uint64, mask uint64) uint64 {
	if p&rowMark != 0 {
		return (hashtab.Mix(f) + p&^rowMark) & mask
	}
	return hashtab.Mix(f^(p*0x9e3779b97f4a7c15)) & mask
}

// suffix returns the last n runes of s (all of s if shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// shape summarises capitalisation, digits, Latin letters and hyphens.
func shape(w string) string {
	var b [10]byte
	n := 0
	upper, lower, digit, latin, other, hyphen, punct, symbol := false, false, false, false, false, false, false, false
	first := true
	firstUpper := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper = true
			if first {
				firstUpper = true
			}
		case unicode.IsLower(r):
			lower = true
		case unicode.IsDigit(r):
			digit = true
		case r == '-':
			hyphen = true
		case unicode.IsPunct(r) || r == '`':
			punct = true
		case unicode.IsSymbol(r):
			symbol = true
		default:
			other = true
		}
		if r < 0x80 && unicode.IsLetter(r) {
			latin = true
		}
		first = false
	}
	add := func(c byte, ok bool) {
		if ok {
			b[n] = c
			n++
		}
	}
	add('C', firstUpper)
	add('U', upper && !lower)
	add('l', lower)
	add('d', digit)
	add('L', latin)
	add('h', hyphen)
	add('o', other)
	add('p', punct)
	add('s', symbol)
	if n == 0 {
		return "-"
	}
	return string(b[:n])
}

// lowerWord lower-cases a word and spells ё as е.
func lowerWord(w string) string {
	if isLowerNoYo(w) {
		return w
	}
	l := strings.ToLower(w)
	if strings.Contains(l, "ё") {
		l = strings.ReplaceAll(l, "ё", "е")
	}
	return l
}

// isLowerNoYo reports whether lowerWord and normLemma would return s
// unchanged: valid UTF-8 with no letter that lower-cases to another and
// no ё. It saves the copy strings.ToLower makes of Cyrillic text.
func isLowerNoYo(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r >= 'а' && r <= 'я' {
			continue
		}
		if r == utf8.RuneError || r == 'ё' || unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}

// stripStress removes the combining acute and grave accents that mark
// stress in some texts (Тюме́нь): the dictionary and the training data
// spell words without them, and UD lemmas have none. It returns words
// itself when no word has one.
func stripStress(words []string) []string {
	var out []string
	for i, w := range words {
		if !strings.Contains(w, "\u0301") && !strings.Contains(w, "\u0300") {
			if out != nil {
				out[i] = w
			}
			continue
		}
		if out == nil {
			out = make([]string, len(words))
			copy(out, words[:i])
		}
		if s := strings.NewReplacer("\u0301", "", "\u0300", "").Replace(w); s != "" {
			out[i] = s
		} else {
			out[i] = w
		}
	}
	if out == nil {
		return words
	}
	return out
}
