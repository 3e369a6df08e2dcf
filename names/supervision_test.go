package names

import "testing"

// TestSupervisionAlias covers the short names of the federal supervision
// services and their full names (twenty-third session, helper ner23).
func TestSupervisionAlias(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Рособрнадзор", "Федеральная служба по надзору в сфере образования и науки", true}, // NEREL dev; were two entities
		{"Росздравнадзор", "Федеральная служба по надзору в сфере здравоохранения", true},
		{"Роспотребнадзор", "Федеральная служба по надзору в сфере защиты прав потребителей и благополучия человека", true},
		{"Роскомнадзор", "Федеральная служба по надзору в сфере образования и науки", false}, // (guard) another field
		{"Рособрнадзор", "Министерство науки и высшего образования", false},                  // (guard) not a supervision service
		{"Росавиация", "Федеральная служба по надзору в сфере транспорта", false},            // (guard) not a «…надзор»
	}
	for _, tt := range tests {
		if got := partOf("ORGANIZATION", tt.a, tt.b); got != tt.want {
			t.Errorf("partOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
