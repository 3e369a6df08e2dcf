package tokenize

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCharClasses(t *testing.T) {
	for _, tt := range []struct {
		r             rune
		opens, closes bool
	}{
		{'«', true, false}, {'»', false, true}, {'"', true, true}, {'„', true, false},
		{'“', true, true}, {'”', false, true}, {'\'', false, false}, {'a', false, false},
	} {
		if IsOpeningQuote(tt.r) != tt.opens || IsClosingQuote(tt.r) != tt.closes || IsQuote(tt.r) != (tt.opens || tt.closes) {
			t.Errorf("%q: opens %v closes %v quote %v", tt.r, IsOpeningQuote(tt.r), IsClosingQuote(tt.r), IsQuote(tt.r))
		}
	}
	for s, want := range map[string]bool{"": true, " \t\u00a0\n": true, " x ": false} {
		if Blank([]rune(s)) != want {
			t.Errorf("Blank(%q) = %v", s, !want)
		}
	}
	for s, want := range map[string]bool{"Алмаз-Антей": true, "ИЭМЗ": true, "": false, "Тор-М2": false, "«Купол»": false} {
		if IsWord(s) != want {
			t.Errorf("IsWord(%q) = %v", s, !want)
		}
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"россия", 4, "росс"}, {"рф", 4, "рф"}, {"", 3, ""}, {"abc", 0, ""}, {"ёлка", 1, "ё"},
	}
	for _, tt := range tests {
		if got := Prefix(tt.s, tt.n); got != tt.want {
			t.Errorf("Prefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestStartsLower(t *testing.T) {
	for s, want := range map[string]bool{"правительство": true, "Google": false, "«Купол»": false, "": false, "ёлка": true, "1990": false} {
		if got := StartsLower(s); got != want {
			t.Errorf("StartsLower(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	for s, want := range map[string]bool{"МЧС": true, "ФСБ": true, "NASA": true, "ЁЖ": true, "ОДКБСНГ": false, "Я": false, "": false, "МГИМО": true, "РАНХиГС": false, "ИЭМЗ-1": false, "Москва": false} {
		if got := IsAcronym(s); got != want {
			t.Errorf("IsAcronym(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCharClassesMatchUnicode checks the fast paths of the rune classes
// against the unicode package for every rune.
func TestCharClassesMatchUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isDigit(r) != unicode.IsDigit(r) || IsUpper(r) != unicode.IsUpper(r) || IsLower(r) != unicode.IsLower(r) {
			t.Fatalf("%U: isDigit %v, IsUpper %v, IsLower %v", r, isDigit(r), IsUpper(r), IsLower(r))
		}
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("%U: isLetter %v", r, isLetter(r))
		}
		if want := unicode.IsSpace(r) || r == 0x200B || r == 0x2060 || r == 0xFEFF; isSpace(r) != want {
			t.Fatalf("%U: isSpace %v", r, isSpace(r))
		}
	}
}

// TestDecode checks decode's fast paths against utf8.DecodeRuneInString for
// every lead byte followed by every byte, and at the end of a string.
func TestDecode(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for _, s := range []string{string([]byte{byte(a), byte(b)}), string([]byte{byte(a)}), string([]byte{byte(a), byte(b), 0x80})} {
				r, n := decode(s, 0)
				wr, wn := utf8.DecodeRuneInString(s)
				if r != wr || n != wn {
					t.Fatalf("decode(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
				}
			}
		}
	}
	if r, n := decode("", 0); r != -1 || n != 0 {
		t.Errorf("decode at the end = %U, %d", r, n)
	}
}
