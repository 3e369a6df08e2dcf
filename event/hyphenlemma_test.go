package event

import "testing"

func TestHyphenLemma(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ word, want string }{
		{"журналиста-расследователя", "журналист-расследователь"}, // the post's canonical name
		{"летчиком-испытателем", "летчик-испытатель"},
		{"журналист-расследователь", "журналист-расследователь"}, // (guard: the nominative as it is)
		{"премьер-министра", "премьер-министр"},                  // (guard: a first part that does not decline)
		{"интернет-магазина", "интернет-магазин"},                // (guard: no person's noun first)
		{"совещания", "совещание"},                               // (guard: no hyphen)
	} {
		ps := x.A.Parse(tc.word)
		if len(ps) == 0 {
			t.Fatalf("%s: no parse", tc.word)
		}
		if got := x.hyphenLemma(tc.word, ps[0]); got != tc.want {
			t.Errorf("hyphenLemma(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
