package refine

import (
	"strings"
	"testing"
	"unicode"
)

// TestLetters checks the fast letter helpers against the unicode and
// strings functions they stand for, over every rune and a table of words.
func TestLetters(t *testing.T) {
	for c := rune(0); c <= unicode.MaxRune+1; c++ {
		if isCyrillic(c) != unicode.Is(unicode.Cyrillic, c) || isLatin(c) != unicode.Is(unicode.Latin, c) {
			t.Fatalf("rune %U: cyrillic %v latin %v", c, isCyrillic(c), isLatin(c))
		}
		if l, ok := basicLower(c); ok && l != unicode.ToLower(c) {
			t.Fatalf("rune %U: basicLower %U, unicode %U", c, l, unicode.ToLower(c))
		}
	}
	words := []string{"", "а", "Ёлка", "ЁЛКА", "ёлка", "Москва", "МОСКВА", "москва", "Dr. Watson", "ÉCOLE", "Київ", "ЇЖАК",
		"K\u212a", "\u212aм", "ſs", "\xff\xfeа", "а\xd0", "\ufffdА", "Ω-3", "ТАСС/РИА", "Медалью", "мЕдАлЬ"}
	// every string of up to three pieces of these, for fold's byte paths
	pieces := []string{"а", "п", "р", "я", "ё", "Ё", "А", "Я", "a", "Z", "1", "-", "«", "—", "і", "ᲀ", "\u212a", "\ufffd", "\xd0", "\xd1", "\xd0\x80", "\xd1\x90", "\xd1\x91", "\xd0\xaf", "\xd0\xbf\xd1", "\xd0\x81", "\xd0\x8f", "\xd0\xc0", "\xd1\x7f", "Б", "Р", "Ш", "ц", "ъ", "B", "z", "@", "["}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range append([]string{""}, pieces...) {
				w := a + b + c
				if got, want := fold(w), strings.ReplaceAll(strings.ToLower(w), "ё", "е"); got != want {
					t.Fatalf("fold(%q) = %q, want %q", w, got, want)
				}
				if got, want := lowerCase(w), strings.ToLower(w); got != want {
					t.Fatalf("lowerCase(%q) = %q, want %q", w, got, want)
				}
			}
		}
	}
	for c := rune(0); c < 0x600; c++ {
		for _, w := range []string{string(c), "Аб" + string(c) + "Zё", "ЁЖ" + string(c)} {
			if got, want := lowerCase(w), strings.ToLower(w); got != want {
				t.Fatalf("lowerCase(%q) = %q, want %q", w, got, want)
			}
			if got, want := fold(w), strings.ReplaceAll(strings.ToLower(w), "ё", "е"); got != want {
				t.Fatalf("fold(%q) = %q, want %q", w, got, want)
			}
		}
	}
	for _, w := range words {
		if got, want := lowerCase(w), strings.ToLower(w); got != want {
			t.Errorf("lowerCase(%q) = %q, want %q", w, got, want)
		}
		if got, want := fold(w), strings.ReplaceAll(strings.ToLower(w), "ё", "е"); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
		for _, v := range words {
			if got, want := equalFold(w, v), strings.EqualFold(w, v); got != want {
				t.Errorf("equalFold(%q, %q) = %v, want %v", w, v, got, want)
			}
			if len(v) <= len(w) {
				if got, want := equalFold(w[:len(v)], v), strings.EqualFold(w[:len(v)], v); got != want {
					t.Errorf("equalFold(%q, %q) = %v, want %v", w[:len(v)], v, got, want)
				}
			}
		}
	}
}
