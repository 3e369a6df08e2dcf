package refine

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/tokenize"
)

// TestOuterFields compares outerFields with strings.Fields.
func TestOuterFields(t *testing.T) {
	for _, s := range []string{"", " ", "Дворец", " Дворец ", "Дворце Независимости", "Газпром  Арене",
		"a\tb\nc", "x\u00a0y", "x\u2003y\u3000", "\u0085a", "Казань\u00a0Арена ", "\xffа б\xfe", "  a  ", "a b c d"} {
		ws := strings.Fields(s)
		first, last, many := outerFields(s)
		var wf, wl string
		if len(ws) > 0 {
			wf, wl = ws[0], ws[len(ws)-1]
		}
		if first != wf || last != wl || many != (len(ws) > 1) {
			t.Errorf("outerFields(%q) = %q, %q, %v; want %q, %q, %v", s, first, last, many, wf, wl, len(ws) > 1)
		}
	}
	for c := rune(0); c < 0x3100; c++ {
		if isSpace(c) != strings.ContainsRune(" \t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000", c) {
			t.Errorf("isSpace(%U)", c)
		}
	}
}

// TestFields compares fields with strings.Fields, and isSpace with
// unicode.IsSpace over every rune.
func TestFields(t *testing.T) {
	for _, s := range []string{"", " ", "Дворец", " Дворец ", "Дворце Независимости", "Газпром  Арене", "a\tb\nc",
		"x\u00a0y", "x\u2003y\u3000", "\u0085a", "Казань\u00a0Арена ", "\xffа б\xfe", "  a  ", "a b c d",
		"\xd0", "а\xd0 \xd1", "\xd0\xd0 б", "\xd1\x7f ё\u1680Ё", "ї є", "12-летний  «Зенит» — ФК",
		// the words fields splits in one reading, one more (fieldsLong), many more
		strings.Repeat("слово ", maxQuickFields), strings.Repeat(" слово", maxQuickFields),
		strings.Repeat("а ", maxQuickFields) + "я", strings.Repeat("а\u00a0", maxQuickFields+1), strings.Repeat("б в ", 40)} {
		want, got := strings.Fields(s), fields(s)
		if !slices.Equal(got, want) || cap(got) != len(want) {
			t.Errorf("fields(%q) = %q (cap %d), want %q", s, got, cap(got), want)
		}
	}
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if isSpace(c) != unicode.IsSpace(c) {
			t.Fatalf("isSpace(%U) = %v", c, isSpace(c))
		}
		if w := string(c); unicode.IsSpace(c) && spaceLen(w, 0) != len(w) {
			t.Fatalf("spaceLen(%q) = %d", w, spaceLen(w, 0))
		}
	}
	// every four of pieces: spaces, letters, broken and cut UTF-8 (a cut
	// space's first bytes among them)
	pieces := []string{"", " ", "\t", "а", "Я", "ё", "a", "\u0085", "\u00a0", "\u1680", "\u2003", "\u202f", "\u3000", "\u00e9",
		"\xc2", "\xe2\x80", "\xe3", "\xd0", "\xd1\x7f", "\x80", "\xa0", "\xff", "\u2014", "ᲀ"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				for _, d := range pieces {
					s := a + b + c + d
					want, got := strings.Fields(s), fields(s)
					if !slices.Equal(got, want) || cap(got) != len(want) {
						t.Fatalf("fields(%q) = %q (cap %d), want %q", s, got, cap(got), want)
					}
					first, last, many := outerFields(s)
					if len(want) > 0 && (first != want[0] || last != want[len(want)-1]) || len(want) == 0 && first+last != "" || many != (len(want) > 1) {
						t.Fatalf("outerFields(%q) = %q, %q, %v; want %q", s, first, last, many, want)
					}
				}
			}
		}
	}
}

// TestDecodeFirst checks decodeFirst against utf8.DecodeRuneInString for
// "", every byte alone, and every lead byte followed by every byte (and
// by a third one), and cyrillicName and equalFold, which read runes with
// nextRune, against their forms with for range and strings.EqualFold.
func TestDecodeFirst(t *testing.T) {
	check := func(s string) {
		c, n := decodeFirst(s)
		if wc, wn := utf8.DecodeRuneInString(s); c != wc || n != wn {
			t.Fatalf("decodeFirst(%q) = %U, %d; want %U, %d", s, c, n, wc, wn)
		}
	}
	check("")
	for a := 0; a < 256; a++ {
		check(string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
			check(string([]byte{byte(a), byte(b), 0x80}))
		}
	}
	rangeName := func(w string) bool { // cyrillicName as it was, with for range
		n := 0
		for i, c := range w {
			if !isCyrillic(c) || i == 0 && !tokenize.IsUpper(c) || i > 0 && !tokenize.IsLower(c) {
				return false
			}
			n++
		}
		return n >= 3
	}
	pieces := []string{"", "А", "Ё", "а", "ё", "я", "Я", "ї", "Ї", "ᲀ", "a", "Z", "-", "\xd0", "\xd1\x7f", "\xd0\x80", "\xff", "\ufffd", "Ω"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				for _, d := range pieces {
					w := a + b + c + d
					if got, want := cyrillicName(w), rangeName(w); got != want {
						t.Fatalf("cyrillicName(%q) = %v, want %v", w, got, want)
					}
					v := d + c + b + a
					if got, want := equalFold(w, v), strings.EqualFold(w, v); got != want {
						t.Fatalf("equalFold(%q, %q) = %v, want %v", w, v, got, want)
					}
					u := strings.ToUpper(w)
					if got, want := equalFold(w, u), strings.EqualFold(w, u); got != want {
						t.Fatalf("equalFold(%q, %q) = %v, want %v", w, u, got, want)
					}
				}
			}
		}
	}
}

// TestFoldOrbits checks what the quick tests before strings.EqualFold in
// exPrefix and boardNames rely on: э folds with Э alone, and no rune that
// a letter of «директоров» folds with is shorter in UTF-8 than two bytes.
func TestFoldOrbits(t *testing.T) {
	orbit := func(c rune) []rune {
		out := []rune{c}
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			out = append(out, f)
		}
		return out
	}
	if o := orbit('э'); len(o) != 2 || !slices.Contains(o, 'Э') {
		t.Errorf("orbit(э) = %q", o)
	}
	for _, c := range "директоров" {
		for _, f := range orbit(c) {
			if utf8.RuneLen(f) < 2 {
				t.Errorf("%q folds with %q", c, f)
			}
		}
	}
}
