package morph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that any input, including invalid UTF-8, yields at
// least one well-formed parse and that inflection never panics.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "стол", "Шугаева", "человека-паука", "по-новому", "кто-то", "ёж", "е-е-е",
		"\xff\xfe", "a\x00b", "\x01", "-", "--", "по-", "-то", "123", "3,", ",5", "XIV", "ЯЯЯЯЯЯЯЯЯ", "ееееееееееееееееее",
		"интернет-магазин-шугаевым", "Ёлка", "ǅ", "İ"} {
		f.Add(s)
	}
	a := testAnalyzer(f)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerCyrillic(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerCyrillic(%q) = %q, want %q", s, got, want)
		}
		ps := a.Parse(s)
		if len(ps) == 0 {
			t.Fatalf("Parse(%q): no parses", s)
		}
		for _, p := range ps {
			if !utf8.ValidString(p.Word) || !utf8.ValidString(p.Normal) {
				t.Fatalf("Parse(%q): invalid UTF-8 in %q", s, p)
			}
			if p.Score < 0 || p.Score > 1.0000001 {
				t.Fatalf("Parse(%q): score %v", s, p.Score)
			}
			a.Inflect(p, "gent")
			a.Inflect(p, "plur", "datv")
			a.Normalize(p)
		}
		if len(ps) > 0 && len(s) < 64 {
			a.Lexeme(ps[0])
		}
	})
}
