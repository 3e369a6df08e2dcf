package sqlstore

import "github.com/factgraph/factgraph/doc"

// MaxAliases caps the aliases kept for one entity.
const MaxAliases = 200

// AliasesOf returns a document-local entity's surface forms other than its
// name: its aliases and mention texts, deduplicated.
func AliasesOf(e doc.Entity) []string {
	out := []string{}
	seen := map[string]bool{e.Name: true}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, a := range e.Aliases {
		add(a)
	}
	for _, m := range e.Mentions {
		add(m.Text)
	}
	return out
}

// Text cuts code point spans out of a document text.
type Text struct {
	s string
	// offsets maps code point offsets to byte offsets of s; built on
	// first use.
	offsets []int
}

// NewText returns a Text for s.
func NewText(s string) *Text { return &Text{s: s} }

// Substr returns the text of a code point span.
func (t *Text) Substr(sp doc.Span) string {
	if t.offsets == nil {
		t.offsets = make([]int, 0, len(t.s)+1)
		for i := range t.s {
			t.offsets = append(t.offsets, i)
		}
		t.offsets = append(t.offsets, len(t.s))
	}
	return t.s[t.offsets[sp.Start]:t.offsets[sp.End]]
}

// Failpoint, when set (by tests), is called at each step of PutDocument
// and fails the transaction when it returns an error.
type Failpoint func(step string) error

// Fail calls the failpoint, if any, for step.
func (f Failpoint) Fail(step string) error {
	if f == nil {
		return nil
	}
	return f(step)
}
