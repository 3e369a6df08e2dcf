package refine

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
)

// TestLazySpans checks that lazySpans holds the spans of its mentions and
// those added, and nothing else, whether it is first asked or added to.
func TestLazySpans(t *testing.T) {
	ms := []doc.Mention{{Span: doc.Span{Start: 0, End: 5}, Type: "PERSON"}, {Span: doc.Span{Start: 7, End: 9}, Type: "CITY"}}
	for _, tt := range []struct {
		name  string
		first func(s *lazySpans)
	}{
		{"asked first", func(s *lazySpans) { _ = s.has(doc.Span{Start: 0, End: 5}) }},
		{"added first", func(s *lazySpans) { s.add(doc.Span{Start: 20, End: 22}) }},
	} {
		s := lazySpans{ms: ms}
		tt.first(&s)
		s.add(doc.Span{Start: 20, End: 22})
		for _, c := range []struct {
			sp   doc.Span
			want bool
		}{
			{doc.Span{Start: 0, End: 5}, true},
			{doc.Span{Start: 7, End: 9}, true},
			{doc.Span{Start: 20, End: 22}, true},
			{doc.Span{Start: 0, End: 9}, false}, // guard: a span of no mention
			{doc.Span{Start: 5, End: 7}, false},
		} {
			if got := s.has(c.sp); got != c.want {
				t.Errorf("%s: has(%v) = %v, want %v", tt.name, c.sp, got, c.want)
			}
		}
	}
	var empty lazySpans
	if empty.has(doc.Span{}) {
		t.Error("an empty set has the empty span")
	}
}

// TestLazyEnds checks lazyEnds' counts of mentions by their ends.
func TestLazyEnds(t *testing.T) {
	ms := []doc.Mention{{Span: doc.Span{Start: 0, End: 5}}, {Span: doc.Span{Start: 3, End: 5}}, {Span: doc.Span{Start: 7, End: 9}}}
	e := lazyEnds{ms: ms}
	for _, c := range []struct{ end, want int }{{5, 2}, {9, 1}, {7, 0}, {0, 0}} { // (7 and 0: starts, no end)
		if got := e.count(c.end); got != c.want {
			t.Errorf("count(%d) = %d, want %d", c.end, got, c.want)
		}
	}
	if got := (&lazyEnds{}).count(0); got != 0 {
		t.Errorf("no mentions: count(0) = %d, want 0", got)
	}
}
