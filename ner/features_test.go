package ner

import (
	"strings"
	"testing"
	"unicode"
)

// TestWordShapeSameAsBefore checks wordShape against the form it had
// before its letters were told by tokenize's fast case tests: every rune
// alone and in runs, and mixed words.
func TestWordShapeSameAsBefore(t *testing.T) {
	ref := func(w string) string {
		var b strings.Builder
		var last byte
		n := 0
		for _, r := range w {
			var c byte
			switch {
			case unicode.IsUpper(r):
				c = 'Z'
				if r < 0x80 {
					c = 'X'
				}
			case unicode.IsLower(r):
				c = 'z'
				if r < 0x80 {
					c = 'x'
				}
			case unicode.IsDigit(r):
				c = 'd'
			default:
				c = '~'
				if r < 0x80 {
					c = byte(r)
				}
			}
			if c == last {
				if n++; n > 2 {
					continue
				}
			} else {
				n = 1
			}
			last = c
			b.WriteByte(c)
		}
		return b.String()
	}
	words := []string{"", "Москва", "МВД", "iPhone-15", "١٢٣", "Ёлка-2024", "«Газпром»", strings.Repeat("аБ1", 20)}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		words = append(words, string(r), string([]rune{r, r, r, r}))
	}
	for _, w := range words {
		if got, want := wordShape(w), ref(w); got != want {
			t.Fatalf("wordShape(%q) = %q, want %q", w, got, want)
		}
	}
}
