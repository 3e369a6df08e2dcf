package names

import (
	"testing"
)

// TestIrregularStems checks what irregularPlace relies on (every key of
// irregularAdjectives ends in a two-byte letter led by D0 or D1, and is
// two bytes long or more) and irregularPlace against the loop over every
// prefix it replaced, on every key with the endings of a full adjective,
// on guards and on broken UTF-8.
func TestIrregularStems(t *testing.T) {
	old := func(adj string) []string {
		for i := len(adj); i > 0; i-- {
			if names, ok := irregularAdjectives[adj[:i]]; ok {
				return names
			}
		}
		return nil
	}
	words := []string{"", "а", "ий", "российский", "немецкого", "\xd0", "\xd1\x80", "x\xff", "американскийский"}
	for k := range irregularAdjectives {
		if len(k) < 2 || k[len(k)-2]&0xFE != 0xD0 {
			t.Errorf("key %q does not end in a two-byte letter led by D0 or D1", k)
		}
		for _, e := range []string{"", "ий", "ого", "ому", "ая", "\xff", "\x80", "x"} {
			words = append(words, k+e, k[:len(k)-1]+e, "\x80"+k+e)
		}
	}
	for _, w := range words {
		if got, want := irregularPlace(w), old(w); len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
			t.Errorf("irregularPlace(%q) = %q, want %q", w, got, want)
		}
	}
}
