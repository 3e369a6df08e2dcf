package names

import "testing"

// TestStreetAdjectives checks the names of streets whose adjective follows
// the noun (streetAdjectives).
func TestStreetAdjectives(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, prev, want string }{
		{"улице Советской", "на", "улица Советская"}, // was «улица Советской»
		{"улицы Садовой", "у", "улица Садовая"},
		{"проспекту Ленинскому", "по", "проспект Ленинский"},
		{"переулке Тихом", "в", "переулок Тихий"},
		{"улице Малой Садовой", "на", "улица Малая Садовая"}, // two adjectives
		{"улице Бекетова", "на", "улица Бекетова"},           // (guard) a person's genitive
		{"улице Ленина", "на", "улица Ленина"},               // (guard)
		{"Садовой улице", "на", "Садовая улица"},             // (guard) the adjective first, as phrase declines it
		{"улица Садовая", "", "улица Садовая"},               // (guard) the nominative
	}
	for _, tt := range tests {
		if got := c.Canonical("FACILITY", tt.in, tt.prev); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
