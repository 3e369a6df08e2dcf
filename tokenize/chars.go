package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// decode returns the rune at byte offset i of s and its width; at the end of
// s it returns (-1, 0).
func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c := s[i]; (c == 0xD0 || c == 0xD1) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2 // U+0400–U+047F, without the slow path
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	if r < 0x660 {
		return false // no decimal digit between ASCII and Arabic-Indic zero (Cyrillic letters: no table look-up)
	}
	return unicode.IsDigit(r)
}

// IsLetter is unicode.IsLetter, answered without the library's range
// tables for ASCII and the Cyrillic block.
func IsLetter(r rune) bool { return isLetter(r) }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	if 0x400 <= r && r <= 0x52F {
		return r <= 0x481 || r >= 0x48A
	}
	return unicode.IsLetter(r)
}

// isWordRune reports whether r can continue a word: a letter, a digit, a
// combining mark (stress accents) or a soft hyphen.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	if 0x400 <= r && r <= 0x52F {
		return true
	}
	return r == 0xAD || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

func isAlnum(r rune) bool { return isLetter(r) || isDigit(r) }

// IsUpper is unicode.IsUpper, answered without the library's range
// tables for ASCII and the basic Cyrillic alphabet (А–я, Ё, ё), which the
// rules of other packages ask of every token.
func IsUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	if 0x410 <= r && r <= 0x42F || r == 'Ё' {
		return true
	}
	if 0x430 <= r && r <= 0x44F || r == 'ё' {
		return false
	}
	return unicode.IsUpper(r)
}

// IsLower is unicode.IsLower, answered like IsUpper.
func IsLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	if 0x430 <= r && r <= 0x44F || r == 'ё' {
		return true
	}
	if 0x410 <= r && r <= 0x42F || r == 'Ё' {
		return false
	}
	return unicode.IsLower(r)
}

// isUpper reports whether r is an upper-case or a title-case letter.
func isUpper(r rune) bool { return IsUpper(r) || r >= utf8.RuneSelf && unicode.IsTitle(r) }

// isSpace reports whether r separates tokens. Zero-width spaces and the byte
// order mark count as spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x200B, 0x2060, 0xFEFF:
		return true
	}
	return r >= 0x1680 && unicode.IsSpace(r) // (no white space from U+0100 to U+167F: Cyrillic without the table)
}

func isLineBreak(r rune) bool { return r == '\n' || r == 0x85 || r == 0x2028 || r == 0x2029 }

// isEmoji reports whether r is a pictographic emoji that starts an emoji
// sequence (an approximation of Extended_Pictographic plus regional
// indicators).
func isEmoji(r rune) bool {
	switch {
	case 0x1F000 <= r && r <= 0x1FAFF:
		return true
	case 0x2600 <= r && r <= 0x27BF:
		return true
	case 0x2300 <= r && r <= 0x23FF:
		return true
	case 0x2B05 <= r && r <= 0x2B55:
		return true
	case r == 0x203C || r == 0x2049 || r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299:
		return true
	}
	return false
}

// isEmojiModifier reports whether r continues an emoji sequence: variation
// selectors, skin tones, the keycap mark and tag characters.
func isEmojiModifier(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || r == 0x20E3 || 0x1F3FB <= r && r <= 0x1F3FF || 0xE0020 <= r && r <= 0xE007F
}

// IsWord reports whether w is a word of letters, possibly hyphenated
// («Алмаз-Антей»); digits and other marks make it not one.
func IsWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !isLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// IsOpeningQuote reports whether r can open a quotation: « " „ “.
func IsOpeningQuote(r rune) bool { return r == '«' || r == '"' || r == '„' || r == '“' }

// IsClosingQuote reports whether r can close a quotation: » " “ ”.
func IsClosingQuote(r rune) bool { return r == '»' || r == '"' || r == '“' || r == '”' }

// IsQuote reports whether r is a quotation mark that opens or closes.
func IsQuote(r rune) bool { return IsOpeningQuote(r) || IsClosingQuote(r) }

// Blank reports whether rs holds only white space (true when empty).
func Blank(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// Prefix returns the first n runes of s, or s when it is shorter.
func Prefix(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

// StartsLower reports whether s starts with a lower-case letter.
func StartsLower(s string) bool {
	r, _ := decode(s, 0)
	return IsLower(r)
}

// StartsUpper reports whether s starts with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := decode(s, 0)
	return IsUpper(r)
}

// IsAcronym reports whether w is two to six capital letters and nothing
// else («МЧС», «ФСБ», «NASA»).
func IsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}
