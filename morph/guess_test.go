package morph

import "testing"

func TestRomanLetters(t *testing.T) {
	for s, want := range map[string]bool{"XIV": true, "IIII": true, "DLL": true, "I": true, "": false, "XIVa": false, "xiv": false, "ХIV": false} {
		if got := RomanLetters(s); got != want {
			t.Errorf("RomanLetters(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"XIV": true, "MMMMCMXCIX": true, "IIII": false, "DLL": false, "": false} {
		if got := isRoman(s); got != want {
			t.Errorf("isRoman(%q) = %v, want %v", s, got, want)
		}
	}
}
