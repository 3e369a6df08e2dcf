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
