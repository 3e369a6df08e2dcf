package refine

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
// (fold). A word of ASCII and the basic Cyrillic alphabet is lowered by
// its bytes (each such letter keeps its length in UTF-8), with one
// allocation if it changes and none if not; a word with any other rune
// (or a broken one) goes to the strings package.
func lowerFold(w string, yo bool) string {
	change := false
	for i := 0; i < len(w); i += 2 {
		b := w[i]
		if b < utf8.RuneSelf {
			change = change || 'A' <= b && b <= 'Z'
			i-- // (one byte)
			continue
		}
		if i+1 == len(w) {
			return lowerFoldLibrary(w, yo)
		}
		switch c := w[i+1]; {
		case b == 0xD0 && (0x90 <= c && c <= 0xAF || c == 0x81): // А–Я, Ё
			change = true
		case b == 0xD0 && 0xB0 <= c && c <= 0xBF, b == 0xD1 && 0x80 <= c && c <= 0x8F: // а–п, р–я
		case b == 0xD1 && c == 0x91: // ё
			change = change || yo
		default:
			return lowerFoldLibrary(w, yo)
		}
	}
	if !change {
		return w
	}
	buf := make([]byte, len(w))
	for i := 0; i < len(w); i += 2 {
		b := w[i]
		if b < utf8.RuneSelf {
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			buf[i] = b
			i--
			continue
		}
		switch c := w[i+1]; {
		case b == 0xD0 && 0x90 <= c && c <= 0x9F: // А–П → а–п
			buf[i], buf[i+1] = 0xD0, c+0x20
		case b == 0xD0 && 0xA0 <= c && c <= 0xAF: // Р–Я → р–я
			buf[i], buf[i+1] = 0xD1, c-0x20
		case b == 0xD0 && c == 0x81, b == 0xD1 && c == 0x91: // Ё, ё
			if yo {
				buf[i], buf[i+1] = 0xD0, 0xB5 // е
			} else {
				buf[i], buf[i+1] = 0xD1, 0x91 // ё
			}
		default: // а–п, р–я
			buf[i], buf[i+1] = b, c
		}
	}
	return unsafe.String(&buf[0], len(buf))
}

// lowerFoldLibrary is lowerFold by the strings package, for a word with
// other runes than the basic letters.
func lowerFoldLibrary(w string, yo bool) string {
	if yo {
		return strings.ReplaceAll(strings.ToLower(w), "ё", "е")
	}
	return strings.ToLower(w)
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
	for i := 0; i < len(s); {
		// (the same ASCII byte, or the same letter U+0400–U+047F, by bytes)
		if b := s[i]; b == t[i] {
			if b < utf8.RuneSelf {
				i++
				continue
			}
			if (b == 0xD0 || b == 0xD1) && i+1 < len(s) && s[i+1] == t[i+1] && s[i+1]&0xC0 == 0x80 {
				i += 2
				continue
			}
		}
		c, size := nextRune(s, i)
		d, _ := nextRune(t, i)
		i += size
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
