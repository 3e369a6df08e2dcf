package names

import "testing"

// TestManASurname pins manASurname through Canonical: a man's foreign
// surname in -а in an oblique case, and guards it must not touch.
func TestManASurname(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, prev, want string }{
		{"Эдуардо Перейрой", "полузащитником", "Эдуардо Перейра"}, // was kept as written
		{"Эдуардо Перейрой", "с", "Эдуардо Перейра"},
		{"Эдуардо Перейры", "гол", "Эдуардо Перейра"},
		{"Марко Рибейры", "агент", "Марко Рибейра"},
		{"Эдуардо Перейра", "полузащитник", "Эдуардо Перейра"}, // (guard) the nominative
		{"Анне Ковалевой", "к", "Анна Ковалева"},               // (guard) a woman's name
		{"Луису Суаресу", "к", "Луис Суарес"},                  // (guard) a surname in a consonant
	}
	for _, tt := range tests {
		if got := c.Canonical("PERSON", tt.in, tt.prev); got != tt.want {
			t.Errorf("Canonical(%q after %q) = %q, want %q", tt.in, tt.prev, got, tt.want)
		}
	}
}
