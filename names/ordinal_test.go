package names

import "testing"

func TestOrdinalStems(t *testing.T) {
	tests := []struct{ in, want string }{
		{"40-го ммкф", "40- ммкф"},
		{"40-й московский международный кинофестиваль", "40- московский международный кинофестиваль"},
		{"ту-154 авиакомпании", "ту-154 авиакомпании"}, // no ordinal (guard)
		{"2-3 тура", "2-3 тура"}, // a range (guard)
		{"судебно-медицинская экспертиза", "судебно-медицинская экспертиза"}, // (guard)
	}
	for _, tt := range tests {
		if got := ordinalStems(tt.in); got != tt.want {
			t.Errorf("ordinalStems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// «40-го ММКФ» is part of «40-й Московский международный
	// кинофестиваль» (was: not, once the full name took the nominative)
	a, b := "40-го ММКФ", "40-й Московский международный кинофестиваль"
	if !partOfNorm("EVENT", a, Normalize(a), b, Normalize(b)) {
		t.Errorf("%s is not part of %s", a, b)
	}
	if c := "41-й Московский международный кинофестиваль"; partOfNorm("EVENT", a, Normalize(a), c, Normalize(c)) {
		t.Errorf("%s is part of %s (another ordinal)", a, c)
	}
}
