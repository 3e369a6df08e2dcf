package names

import (
	"reflect"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"«Купол»", `"купол"`},
		{"  Алмаз — Антей ", "алмаз - антей"},
		{"Королёв", "королев"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGroup(t *testing.T) {
	m := func(s, e int, text, typ string) doc.Mention {
		return doc.Mention{Span: doc.Span{Start: s, End: e}, Text: text, Type: typ}
	}
	got := Group([]doc.Mention{
		m(30, 35, "Минск", "CITY"),
		m(0, 6, "Россия", "COUNTRY"),
		m(10, 16, "РОССИЯ", "COUNTRY"),
		m(20, 26, "Россия", "ORGANIZATION"),
	})
	want := []doc.Entity{
		{ID: "E1", Type: "COUNTRY", Name: "Россия", Aliases: []string{"РОССИЯ"},
			Mentions: []doc.Mention{m(0, 6, "Россия", "COUNTRY"), m(10, 16, "РОССИЯ", "COUNTRY")}},
		{ID: "E2", Type: "ORGANIZATION", Name: "Россия", Mentions: []doc.Mention{m(20, 26, "Россия", "ORGANIZATION")}},
		{ID: "E3", Type: "CITY", Name: "Минск", Mentions: []doc.Mention{m(30, 35, "Минск", "CITY")}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Group =\n%+v\nwant\n%+v", got, want)
	}
	if got := Group(nil); len(got) != 0 {
		t.Errorf("Group(nil) = %v", got)
	}
}
