package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestLocalHolder pins localHolder (statehead.go): the head of state told
// after a regional official is not he; a president named before is.
func TestLocalHolder(t *testing.T) {
	for _, tc := range []struct {
		name, text, post string
		want             []string
	}{
		{"a region's head is no head of state",
			"Пост главы региона занимал Борис Дубровский. Глава государства поблагодарил его.", "главы региона",
			[]string{"Борис Дубровский WORKS_AS главы региона"}}, // (was also WORKS_AS Глава государства)
		{"(guard) a president is",
			"Пост президента занимал Борис Ельцин. Глава государства поблагодарил его.", "президента",
			[]string{"Борис Ельцин WORKS_AS Глава государства", "Борис Ельцин WORKS_AS президента"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			person := "Борис Дубровский"
			if tc.post == "президента" {
				person = "Борис Ельцин"
			}
			ms := mentionsIn(t, tc.text, [2]string{tc.post, "PROFESSION"}, [2]string{person, "PERSON"}, [2]string{"Глава государства", "PROFESSION"})
			base := fixed{{Type: "WORKS_AS", Head: 1, Tail: 0}}
			sents := tokenize.Split(tc.text)
			ctx := func() *patternContext { return newPatternContext(sents, ms) }
			got := facts(anaphoricPosts(base.Extract([]rune(tc.text), sents, ms), ms, ctx), ms)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
