package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // a run of letters
	tNum                      // a run of ASCII digits
	tPunct                    // one other non-space rune
)

// tok is one token of the scanned text. Words and numbers are split at every
// change of character class, so «1931г» is a number and a word and «24-е» is a
// number, a hyphen and a word.
type tok struct {
	kind  tokKind
	text  string // as written
	low   string // lowercase, ё as е, dashes as "-"
	start int    // code-point offsets, half-open
	end   int
	space bool // whitespace precedes the token
	upper bool // the first rune is an uppercase letter
	num   int  // value of a tNum token (capped), -1 otherwise
	ndig  int  // digits of a tNum token
}

func classOf(r rune) tokKind {
	switch {
	case r >= '0' && r <= '9':
		return tNum
	case unicode.IsLetter(r) || r == '\u0301': // combining acute (stress marks)
		return tWord
	case unicode.IsSpace(r):
		return 0
	}
	return tPunct
}

// lex splits text into tokens. Invalid UTF-8 bytes become punctuation
// tokens of one code point (U+FFFD), as []rune conversion counts them.
func lex(text string) []tok {
	var toks []tok
	pos := 0 // code points
	space := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		k := classOf(r)
		if k == 0 {
			space = true
			i += size
			pos++
			continue
		}
		j, n := i+size, 1
		if k != tPunct {
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if classOf(r2) != k {
					break
				}
				j += s2
				n++
			}
		}
		t := tok{kind: k, text: text[i:j], start: pos, end: pos + n, space: space, num: -1}
		switch k {
		case tWord:
			t.upper = unicode.IsUpper(r)
			low := strings.ToLower(t.text)
			low = strings.ReplaceAll(low, "ё", "е")
			low = strings.ReplaceAll(low, "\u0301", "")
			t.low = low
		case tNum:
			t.ndig = j - i
			v := 0
			for _, c := range t.text {
				if v < 1e8 {
					v = v*10 + int(c-'0')
				}
			}
			t.num = v
			t.low = t.text
		default:
			switch r {
			case '-', '–', '—', '‒', '−', '‐', '‑':
				t.low = "-"
			default:
				t.low = t.text
			}
		}
		toks = append(toks, t)
		space = false
		pos += n
		i = j
	}
	return toks
}

func isPunct(toks []tok, i int, s string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tPunct && toks[i].low == s
}
