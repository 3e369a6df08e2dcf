package names

import "testing"

func TestRankGenitiveSurname(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w, prev, want string
	}{
		{"Тюленева", "Генерала", "Тюленев"},
		{"Бирюзова", "Маршала", "Бирюзов"},
		{"Тюленева", "генерала", "Тюленев"},
		// (guards) a woman's nominative after a post in the nominative,
		// a woman's genitive, a word not a person's noun, no surname
		{"Тюленева", "журналистка", ""},
		{"Тюленева", "пресс-секретарь", ""},
		{"Тюленевой", "генерала", ""},
		{"Тюленева", "дела", ""},
		{"Тюленева", "дома", ""},
		{"Москва", "генерала", ""},
	}
	for _, tt := range tests {
		if got := c.rankGenitiveSurname(tt.w, tt.prev); got != tt.want {
			t.Errorf("rankGenitiveSurname(%q, %q) = %q, want %q", tt.w, tt.prev, got, tt.want)
		}
	}
}
