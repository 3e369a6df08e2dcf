package relation

import "strings"

// wordBefore returns the lower-cased word before position p, past spaces
// and opening quotes.
func wordBefore(text []rune, p int) string {
	i := p
	for i > 0 && strings.ContainsRune(" \t\n«\"„“(", text[i-1]) {
		i--
	}
	j := i
	for j > 0 && isWordRune(text[j-1]) {
		j--
	}
	return strings.ToLower(string(text[j:i]))
}

// previousWord returns the lower-case word before position p of text,
// past spaces, quotes and an opening parenthesis (as wordBefore), and
// where it starts; "" and p when a punctuation mark of another kind comes
// first.
func previousWord(text []rune, p int) (string, int) {
	w := wordBefore(text, p)
	if w == "" {
		return "", p
	}
	i := p
	for i > 0 && !isWordRune(text[i-1]) {
		i--
	}
	return w, i - len([]rune(w))
}

func isWordRune(r rune) bool {
	return r == '-' || r >= 'а' && r <= 'я' || r >= 'А' && r <= 'Я' || r == 'ё' || r == 'Ё' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

func isAny(s string, words ...string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// isAnyFold reports whether s equals one of words, ignoring case, without
// lower-casing s: Patterns asks it of every token.
func isAnyFold(s string, words []string) bool {
	for _, w := range words {
		if len(s) == len(w) && strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
