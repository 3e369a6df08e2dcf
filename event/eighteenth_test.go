package event

import "testing"

// TestYearAfter checks the year that may end a dateline's DATE («АЛМАТЫ,
// 20 марта 2026 — Казинформ.»).
func TestYearAfter(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{" 2026", true},
		{" 2026 года", true},
		{" 2026 г.", true},
		{" в 10:00", false},
		{" 12", false},
		{"", false},
	} {
		r := []rune(c.text)
		if got := yearAfter(r, 0, len(r)); got != c.want {
			t.Errorf("yearAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
