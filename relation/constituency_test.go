package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestRepresentedBy: the region or party after «от» in a post is no
// workplace of the post or its holder; the organization the post is held
// in stays.
func TestRepresentedBy(t *testing.T) {
	text := "Член Совета Федерации от Республики Алтай Ралиф Сафин выступил в прениях."
	ms := mentionsIn(t, text,
		[2]string{"Член Совета Федерации от Республики Алтай", "PROFESSION"},
		[2]string{"Совета Федерации", "ORGANIZATION"},
		[2]string{"Республики Алтай", "STATE_OR_PROVINCE"},
		[2]string{"Ралиф Сафин", "PERSON"})
	base := fixed{{Type: "WORKS_AS", Head: 3, Tail: 0}}
	got := facts(Employers{Base: base}.Extract([]rune(text), tokenize.Split(text), ms), ms)
	slices.Sort(got)
	want := []string{
		"Член Совета Федерации от Республики Алтай WORKPLACE Совета Федерации",
		"Ралиф Сафин WORKPLACE Совета Федерации",
		"Ралиф Сафин WORKS_AS Член Совета Федерации от Республики Алтай",
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
