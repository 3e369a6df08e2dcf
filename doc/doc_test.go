package doc

import (
	"maps"
	"testing"
)

func TestEntityNames(t *testing.T) {
	d := &Document{Entities: []Entity{{ID: "E1", Name: "Дмитрий Шугаев"}, {ID: "E2", Name: "Ижевск"}}}
	want := map[string]string{"E1": "Дмитрий Шугаев", "E2": "Ижевск"}
	if got := d.EntityNames(); !maps.Equal(got, want) {
		t.Errorf("EntityNames() = %v, want %v", got, want)
	}
	if got := (&Document{}).EntityNames(); len(got) != 0 {
		t.Errorf("EntityNames() of no entities = %v", got)
	}
}

func TestSpanWithin(t *testing.T) {
	for _, tt := range []struct {
		s    Span
		n    int
		want bool
	}{
		{Span{0, 3}, 3, true},
		{Span{2, 3}, 5, true},
		{Span{0, 4}, 3, false},  // past the end
		{Span{-1, 2}, 3, false}, // before the start
		{Span{2, 2}, 3, false},  // empty
		{Span{3, 2}, 3, false},  // reversed
		{Span{0, 1}, 0, false},  // no text
	} {
		if got := tt.s.Within(tt.n); got != tt.want {
			t.Errorf("%+v.Within(%d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}
