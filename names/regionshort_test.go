package names

import "testing"

func TestRegionRoots(t *testing.T) {
	tests := []struct {
		full, short string
		same        bool
	}{
		{"приморский край", "приморье", true},
		{"забайкальский край", "забайкалье", true},
		{"ставропольский край", "ставрополье", true},
		{"тамбовская область", "тамбовщина", true},
		{"белгородская область", "белгородчина", true},
		{"удмуртская республика", "удмуртия", true},
		{"чукотский автономный округ", "чукотка", true},
		{"камчатский край", "камчатка", true},
		// (guards) a district, a town, another region
		{"приморский район", "приморье", false},
		{"ставропольский край", "ставрополь", false},
		{"пермский край", "пермь", false},
		{"тамбовская область", "тамбов", false},
		{"российская федерация", "россия", false},
	}
	for _, tt := range tests {
		f, s := regionFullRoot(tt.full), regionShortRoot(tt.short)
		if got := f != "" && f == s; got != tt.same {
			t.Errorf("%q (%q) and %q (%q): same %v, want %v", tt.full, f, tt.short, s, got, tt.same)
		}
	}
}
