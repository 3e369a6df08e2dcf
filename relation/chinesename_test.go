package relation

import "testing"

// TestChineseNamesakes pins chineseNamesakes (helper space24, twenty-fourth
// session), with guards.
func TestChineseNamesakes(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Чжан Лу", "Чжан Хунчжан", true},
		{"Ван Юй", "Ван Вэньтао", true},
		{"Си Цзиньпин", "Си Цзиньпина", false}, // (guard) no listed surname, and one name's forms
		{"Ли Цян", "Ли Цяна", false},           // (guard) one given name in two cases
		{"Чжан Лу", "Чжан Л.", false},          // (guard) an initial
		{"Владимир Путин", "Владимир Владимирович", false},
		{"Чжан Лу", "Ван Лу", false},
	}
	for _, tt := range tests {
		if got := chineseNamesakes(tt.a, tt.b); got != tt.want {
			t.Errorf("chineseNamesakes(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
