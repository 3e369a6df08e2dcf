package relation

import (
	"strings"
	"testing"
)

// TestGapIs checks gapIs against the strings.Trim it stands for.
func TestGapIs(t *testing.T) {
	gaps := []string{"", " ", ",", " , ", " ,, ", "  »", " » ", "“ ”", "a", " и ", "\n", " ,\n", ", Иванов,"}
	cutsets := []string{" ", " »\"“”"}
	wants := []string{"", ",", "и", "»"}
	for _, g := range gaps {
		for _, cut := range cutsets {
			for _, w := range wants {
				if got, want := gapIs([]rune(g), cut, w), strings.Trim(g, cut) == w; got != want {
					t.Errorf("gapIs(%q, %q, %q) = %v, want %v", g, cut, w, got, want)
				}
			}
		}
	}
}
