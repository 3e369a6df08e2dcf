package sqlstore

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/store"
)

func TestDialectSQL(t *testing.T) {
	q := "SELECT a FROM t WHERE x = $1 AND y = $2 OR z = $1"
	if got := (Dialect{}).SQL(q); got != q {
		t.Errorf("PostgreSQL: %q", got)
	}
	if got, want := (Dialect{Question: true}).SQL(q), "SELECT a FROM t WHERE x = ?1 AND y = ?2 OR z = ?1"; got != want {
		t.Errorf("SQLite: %q, want %q", got, want)
	}
}

func TestPlanUnmerge(t *testing.T) {
	srcs := []store.Source{{DocID: 1, LocalID: "T1"}, {DocID: 2, LocalID: "T1"}, {DocID: 3, LocalID: "T4"}}
	docs := func(ss []store.Source) []int64 {
		var out []int64
		for _, s := range ss {
			out = append(out, s.DocID)
		}
		return out
	}
	tests := []struct {
		docIDs []int64
		moved  []int64
		full   bool
		code   string
	}{
		{nil, []int64{2, 3}, true, ""},
		{[]int64{3}, []int64{3}, false, ""},
		{[]int64{3, 3, 2}, []int64{2, 3}, false, ""},
		{[]int64{1, 2, 3}, []int64{2, 3}, true, ""},
		{[]int64{4}, nil, false, store.EINVALID},
	}
	for _, tt := range tests {
		moved, full, err := PlanUnmerge(7, srcs, tt.docIDs)
		if store.ErrorCode(err) != tt.code || !slices.Equal(docs(moved), tt.moved) || full != tt.full {
			t.Errorf("PlanUnmerge(%v) = %v, %v, %v; want %v, %v, code %q", tt.docIDs, docs(moved), full, err, tt.moved, tt.full, tt.code)
		}
	}
	if _, _, err := PlanUnmerge(7, srcs[:1], nil); store.ErrorCode(err) != store.ECONFLICT {
		t.Errorf("single source: %v", err)
	}
}

func TestGraphBuilder(t *testing.T) {
	b := NewGraphBuilder(1, 2)
	next := b.AddEdge(1, store.Edge{Head: 1, Tail: 2, Type: "R", Count: 1}, nil)
	next = b.AddEdge(1, store.Edge{Head: 1, Tail: 2, Type: "R", Count: 1}, next)
	next = b.AddEdge(1, store.Edge{Head: 3, Tail: 1, Type: "S", Count: 2}, next)
	if !slices.Equal(next, []int64{2, 3}) || len(b.G.Edges) != 2 || b.Hops[3] != 1 || b.G.Truncated {
		t.Errorf("next %v, graph %+v, hops %v", next, b.G, b.Hops)
	}
}

func TestReasonCodes(t *testing.T) {
	tests := []struct {
		reason, typ, key string
		coded            bool
	}{
		{`first with identity key "PERSON:дмитрий шугаев"`, "PERSON", "PERSON:дмитрий шугаев", true},
		{`merged: same identity key "CITY:ижевск" (type and normalized name)`, "CITY", "CITY:ижевск", true},
		{`stays in its document: identity key "CITY:ижевск" was unmerged`, "CITY", "CITY:ижевск", true},
		{"stays in its document: type PROFESSION is a value or common noun, not a name", "PROFESSION", "", true},
		{"stays in its document: the name has no letters", "NUMBER", "", true},
		{"stays in its document: a person's name needs at least two words (first and last name) to be merged", "PERSON", "", true},
		{"stays in its document: the name is shorter than three letters", "ORGANIZATION", "", true},
		{"stays in its document: type PROFESSION is a value or common noun, not a name", "PERSON", "", false}, // not this type's reason
		{`merged: same identity key "CITY:ижевск" (type and normalized name)`, "CITY", "CITY:казань", false},  // another key
		{"split from entity 7 at 2024-10-12T00:00:00Z (it had been attached: …)", "CITY", "", false},
	}
	for _, tt := range tests {
		code := EncodeReason(tt.reason, tt.typ, tt.key)
		if tt.coded != (len(code) == 1) || !tt.coded && code != tt.reason {
			t.Errorf("EncodeReason(%q, %s, %q) = %q, coded %v", tt.reason, tt.typ, tt.key, code, tt.coded)
		}
		if back := DecodeReason(code, tt.typ, tt.key); back != tt.reason {
			t.Errorf("DecodeReason(%q, %s, %q) = %q, want %q", code, tt.typ, tt.key, back, tt.reason)
		}
	}
}
