package refine

import "unicode"

// outerFields returns the first and the last of the words of s as
// strings.Fields splits it (at runs of Unicode white space), and whether
// there are two words or more, without making the slice of all words: the
// per-mention rules ask it of every mention.
func outerFields(s string) (first, last string, many bool) {
	n, start := 0, -1
	for i, c := range s {
		if !isSpace(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == 0 {
				first = s[start:i]
			}
			last, n, start = s[start:i], n+1, -1
		}
	}
	if start >= 0 {
		if n == 0 {
			first = s[start:]
		}
		last, n = s[start:], n+1
	}
	return first, last, n > 1
}

// isSpace is unicode.IsSpace, answered for ASCII without the call.
func isSpace(c rune) bool {
	if c < 0x80 {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	return unicode.IsSpace(c)
}
