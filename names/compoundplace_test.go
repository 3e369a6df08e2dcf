package names

import "testing"

func TestAdjectiveName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Нижний Тагил", "нижнетагил"}, // Нижнетагильский
		{"Старый Оскол", "старооскол"}, // Старооскольский
		{"Великие Луки", "великолуки"}, // Великолукский
		{"Вологодская область", "вологодская"},
		{"Приморский край", "приморский"},
		{"Белорусское государство", ""}, // (guard) a common noun
		{"Бельгийское Конго", ""},       // (guard) a place's adjective: бельгийский is Бельгия's
		{"Москва", ""}, // (guard) one word
		{"Нью-Йорк", ""},
	}
	for _, tt := range tests {
		if got := adjectiveName(tt.name); got != tt.want {
			t.Errorf("adjectiveName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
