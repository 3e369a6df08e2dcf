package names

import (
	"testing"

	"github.com/factgraph/factgraph/morph"
)

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

// TestApposedWomanName pins knownNominativeName: a woman's name the
// dictionary reads in the nominative after a genitive post is as written,
// though the post's case reaches it by apposition.
func TestApposedWomanName(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	gent := Hint{Case: morph.Gent, Gender: morph.Masc, Number: morph.Sing, Apposed: true}
	tests := []struct{ in, prev, want string }{
		{"Анна Петрова", "футболиста", "Анна Петрова"}, // was «Анн Петров»
		{"Ольга Смирнова", "спортсменки", "Ольга Смирнова"},
		{"Эда Гонзалеса", "Харрис", "Эд Гонзалес"}, // (guard) a surname only the guesser reads as a nominative
	}
	for _, tt := range tests {
		if got := c.CanonicalHinted("PERSON", tt.in, tt.prev, []Hint{gent, gent}); got != tt.want {
			t.Errorf("CanonicalHinted(%q after %q) = %q, want %q", tt.in, tt.prev, got, tt.want)
		}
	}
}
