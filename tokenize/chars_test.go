package tokenize

import "testing"

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
