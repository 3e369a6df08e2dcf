package refine

import (
	"slices"
	"testing"
)

func TestLatinCompanies(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		in   [][2]string // mentions: text, type
		want []string    // "TYPE text" of all mentions out
	}{
		{"Инвесткомпания BlackRock увеличила вложения.", [][2]string{{"BlackRock", "PRODUCT"}}, []string{"ORGANIZATION BlackRock"}},
		{"Разработчик OpenAI выпустил модель.", [][2]string{{"OpenAI", "PRODUCT"}}, []string{"ORGANIZATION OpenAI"}},
		{"Маркетплейс Ozon снизил комиссии.", [][2]string{{"Маркетплейс Ozon", "PERSON"}}, []string{"ORGANIZATION Ozon"}},
		// no noun of a business before it
		{"Смартфон iPhone подешевел.", [][2]string{{"iPhone", "PRODUCT"}}, []string{"PRODUCT iPhone"}},
		{"Самолет Air France сел.", [][2]string{{"Air France", "ORGANIZATION"}}, []string{"ORGANIZATION Air France"}},
	}
	for _, tt := range tests {
		if got := ruleOutput(t, r.latinCompanies, tt.text, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
