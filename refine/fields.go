package refine

import (
	"unicode"
	"unicode/utf8"
)

// outerFields returns the first and the last of the words of s as
// strings.Fields splits it (at runs of Unicode white space), and whether
// there are two words or more, without making the slice of all words: the
// per-mention rules ask it of every mention.
func outerFields(s string) (first, last string, many bool) {
	n, start := 0, -1
	for i := 0; i < len(s); {
		size := spaceLen(s, i)
		if size == 0 {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		if start >= 0 {
			if n == 0 {
				first = s[start:i]
			}
			last, n, start = s[start:i], n+1, -1
		}
		i += size
	}
	if start >= 0 {
		if n == 0 {
			first = s[start:]
		}
		last, n = s[start:], n+1
	}
	return first, last, n > 1
}

// spaceLen returns the length of the white-space rune (isSpace) at byte i
// of s, 0 when the rune there is none. It decodes only at the bytes that
// can start a space (spaceBytes): any other byte, a Cyrillic letter's
// first or second among them, is none, and the words of a text split at the
// same places whether it is read by rune or by byte.
func spaceLen(s string, i int) int {
	switch spaceBytes[s[i]] {
	case 0:
		return 0
	case 1:
		return 1
	}
	return spaceLenSlow(s, i)
}

// spaceBytes holds 1 for the ASCII white space and 2 for the first bytes
// of the other white-space runes in UTF-8: C2 (U+0085, U+00A0), E1
// (U+1680), E2 (U+2000–U+200A, U+2028, U+2029, U+202F, U+205F) and E3
// (U+3000).
var spaceBytes = [256]uint8{' ': 1, '\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, 0xC2: 2, 0xE1: 2, 0xE2: 2, 0xE3: 2}

// spaceLenSlow is spaceLen for a byte it must decode at.
func spaceLenSlow(s string, i int) int {
	if c, size := utf8.DecodeRuneInString(s[i:]); isSpace(c) {
		return size
	}
	return 0
}

// isSpace is unicode.IsSpace, answered without the call for ASCII and for
// the runes below U+1680 (Cyrillic among them), where the only spaces are
// U+0085 and U+00A0.
func isSpace(c rune) bool {
	if c < 0x80 {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	if c < 0x1680 {
		return c == 0x85 || c == 0xA0
	}
	return unicode.IsSpace(c)
}

// fields is strings.Fields: the words of s between runs of Unicode white
// space, in a slice of their number. strings.Fields takes the path of
// unicode.IsSpace, a table look-up a rune, for any text with a byte over
// ASCII, which is every Russian one; fields reads the bytes (spaceLen) and
// decodes only where a space can start. It reads s once, keeping the
// bounds of up to maxQuickFields words on the stack; a text of more words
// is read again by fieldsLong.
func fields(s string) []string {
	var bounds [2 * maxQuickFields]int
	n := 0
	for i := 0; ; n++ {
		start, end := wordAt(s, i)
		if start == end {
			break
		}
		if n == maxQuickFields {
			return fieldsLong(s)
		}
		bounds[2*n], bounds[2*n+1], i = start, end, end
	}
	out := make([]string, n)
	for k := range out {
		out[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return out
}

// wordAt returns the bounds of the first word of s at byte i or after it
// (start = end = len(s) when there is none), as fields splits.
func wordAt(s string, i int) (start, end int) {
	for i < len(s) {
		size := spaceLen(s, i)
		if size == 0 {
			break
		}
		i += size
	}
	start = i
	for i < len(s) && spaceLen(s, i) == 0 {
		i++
	}
	return start, i
}

// maxQuickFields is the number of words fields splits in one reading.
const maxQuickFields = 16

// fieldsLong is fields for a text of any number of words: it counts them,
// then splits.
func fieldsLong(s string) []string {
	n := 0
	for i, in := 0, false; i < len(s); {
		size := spaceLen(s, i)
		if size == 0 && !in {
			n++
		}
		in = size == 0
		i += max(size, 1)
	}
	out := make([]string, 0, n)
	start := -1
	for i := 0; i < len(s); {
		size := spaceLen(s, i)
		if size > 0 {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += max(size, 1)
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// nextRune returns the rune at byte i of s and its length, decoding ASCII
// and the two-byte runes U+0400–U+047F (D0 or D1 and a continuation byte)
// without utf8.DecodeRuneInString.
func nextRune(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if (b == 0xD0 || b == 0xD1) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeFirst is utf8.DecodeRuneInString: the first rune of s and its
// length, (utf8.RuneError, 0) for "", with nextRune's quick paths for
// ASCII and the basic Cyrillic letters.
func decodeFirst(s string) (rune, int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	return nextRune(s, 0)
}
