package ner

import (
	"testing"
	"unicode"
)

// TestWordShape checks shapeClass against the unicode package's classes for
// every rune (upper case first, then lower case, digit, ASCII), and the
// runs wordShape collapses.
func TestWordShape(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		latin := r < 0x80
		want := byte('~')
		if latin {
			want = byte(r)
		}
		if unicode.IsDigit(r) {
			want = 'd'
		}
		if unicode.IsLower(r) {
			want = map[bool]byte{true: 'x', false: 'z'}[latin]
		}
		if unicode.IsUpper(r) {
			want = map[bool]byte{true: 'X', false: 'Z'}[latin]
		}
		if got := shapeClass(r); got != want {
			t.Fatalf("shapeClass(%U) = %q, want %q", r, got, want)
		}
	}
	for w, want := range map[string]string{
		"": "", "Москва": "Zzz", "МВД": "ZZ", "iPhone-15": "xXxx-dd", "١٢٣": "dd",
		"Ёлка-2024": "Zzz-dd", "«Газпром»": "~Zzz~", "ЦСКА—2": "ZZ~d",
	} {
		if got := wordShape(w); got != want {
			t.Errorf("wordShape(%q) = %q, want %q", w, got, want)
		}
	}
}
