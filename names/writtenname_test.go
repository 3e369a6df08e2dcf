package names

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestWrittenFirstName covers a lone first name joined, as written, to the
// one full name it opens (names21b).
func TestWrittenFirstName(t *testing.T) {
	mention := func(text string) doc.Mention { return doc.Mention{Text: text, Type: "PERSON"} }
	full := &group{typ: "PERSON", full: "Наама Иссахар", norm: Normalize("Наама Иссахар")}
	other := &group{typ: "PERSON", full: "Наама Леви", norm: Normalize("Наама Леви")}
	tests := []struct {
		name    string
		part    *group
		byFirst map[string][]*group
		want    *group
		count   int
	}{
		{"a lone «Наама» named Наам joins the one full name it opens as written",
			&group{typ: "PERSON", mentions: []doc.Mention{mention("Наама")}, norm: Normalize("Наам")},
			map[string][]*group{Normalize("Наама"): {full}}, full, 1},
		{"(guard) two full names open with it: none is chosen",
			&group{typ: "PERSON", mentions: []doc.Mention{mention("Наама")}, norm: Normalize("Наам")},
			map[string][]*group{Normalize("Наама"): {full, other}}, full, 2},
		{"(guard) a name read as written goes the usual way",
			&group{typ: "PERSON", mentions: []doc.Mention{mention("Наама")}, norm: Normalize("Наама")},
			map[string][]*group{Normalize("Наама"): {full}}, nil, 0},
	}
	for _, tt := range tests {
		got, n := writtenFirstName(tt.part, tt.byFirst)
		if got != tt.want || n != tt.count {
			t.Errorf("%s: got %v×%d, want %v×%d", tt.name, got, n, tt.want, tt.count)
		}
	}
}
