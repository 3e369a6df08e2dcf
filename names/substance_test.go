package names

import "testing"

// TestSubstance covers a drug's or a substance's name in -ий written in an
// oblique case (names21b).
func TestSubstance(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ typ, in, prev, want string }{
		{"PRODUCT", "мельдония", "употребление", "мельдоний"}, // NEREL train; was мельдония
		{"PRODUCT", "мельдонием", "лечился", "мельдоний"},     // was мельдоние
		{"PRODUCT", "мельдоний", "принимала", "мельдоний"},
		{"PRODUCT", "терапию", "прошел", "терапия"}, // (guard) a word the dictionary knows
		{"PRODUCT", "Ксении", "", "Ксения"},         // (guard) capitalized
		{"DISEASE", "пневмонии", "от", "пневмония"}, // (guard) another type
		{"PRODUCT", "инсулина", "укол", "инсулин"},  // (guard) another ending
	}
	for _, tt := range tests {
		if got := c.Canonical(tt.typ, tt.in, tt.prev); got != tt.want {
			t.Errorf("Canonical(%s, %q, %q) = %q, want %q", tt.typ, tt.in, tt.prev, got, tt.want)
		}
	}
}
