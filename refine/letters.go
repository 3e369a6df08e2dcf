package refine

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers of this file answer the questions the rules ask of letters and
// words («is it upper case?», «the word in lower case») as the unicode and
// strings packages do, with a fast path for the letters of Russian text:
// ASCII and the basic Cyrillic alphabet (А–я, Ё, ё). Those packages look
// such a letter up in their range tables at every call, which the rules,
// asking of every token, paid for at 10 % of their time. Any other rune
// takes the library's path, so the answers are the same.

// basicLower returns the lower case of c and true when c is an ASCII
// character or a letter of the basic Cyrillic alphabet; c and false
// otherwise.
func basicLower(c rune) (rune, bool) {
	switch {
	case c < utf8.RuneSelf:
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A', true
		}
		return c, true
	case 'А' <= c && c <= 'Я':
		return c + 'а' - 'А', true
	case 'а' <= c && c <= 'я', c == 'ё':
		return c, true
	case c == 'Ё':
		return 'ё', true
	}
	return c, false
}

// lowerFold returns strings.ToLower(w), with ё written е when yo is set
// (fold), building the result in one pass for basic letters.
func lowerFold(w string, yo bool) string {
	var b strings.Builder
	started := false
	for i, c := range w {
		l, ok := basicLower(c)
		if !ok || c == utf8.RuneError {
			if yo {
				return strings.ReplaceAll(strings.ToLower(w), "ё", "е")
			}
			return strings.ToLower(w)
		}
		if yo && l == 'ё' {
			l = 'е'
		}
		if l == c && !started {
			continue
		}
		if !started {
			started = true
			b.Grow(len(w))
			b.WriteString(w[:i])
		}
		b.WriteRune(l)
	}
	if !started {
		return w
	}
	return b.String()
}

// lowerCase is strings.ToLower.
func lowerCase(w string) string { return lowerFold(w, false) }

// isCyrillic is unicode.Is(unicode.Cyrillic, c).
func isCyrillic(c rune) bool {
	switch {
	case 'А' <= c && c <= 'я', c == 'Ё', c == 'ё':
		return true
	case c < utf8.RuneSelf:
		return false
	}
	return unicode.Is(unicode.Cyrillic, c)
}

// isLatin is unicode.Is(unicode.Latin, c).
func isLatin(c rune) bool {
	switch {
	case c < utf8.RuneSelf:
		return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
	case 'Ё' <= c && c <= 'ё':
		return false
	}
	return unicode.Is(unicode.Latin, c)
}

// equalFold is strings.EqualFold.
func equalFold(s, t string) bool {
	if len(s) != len(t) {
		// (the basic letters keep their length in either case)
		return strings.EqualFold(s, t)
	}
	for i, c := range s {
		d, _ := utf8.DecodeRuneInString(t[i:])
		if c == d && c != utf8.RuneError {
			continue
		}
		lc, okc := basicLower(c)
		ld, okd := basicLower(d)
		if !okc || !okd || c == utf8.RuneError || d == utf8.RuneError {
			return strings.EqualFold(s, t)
		}
		if lc != ld {
			return false
		}
	}
	return true
}
