package relation

import (
	"os"
	"sort"
	"testing"
)

// TestTitledArgsOnTrain counts on NEREL v1.1 train, gold entities and
// relations, how often two persons of a titled list share each relation
// whose head is one of them.
func TestTitledArgsOnTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("reads NEREL train")
	}
	split := "train"
	if s := os.Getenv("TITLED_SPLIT"); s != "" {
		split = s
	}
	docs := nerelSplit(t, split)
	shared, all := map[string]int{}, map[string]int{}
	pairs := 0
	for _, d := range docs {
		gold := map[Found]bool{}
		for _, r := range d.rels {
			gold[r] = true
		}
		c := newPatternContext(d.sents, d.ments)
		x := newTitledIndex(c)
		next, prev := x.next, x.prev
		pairs += len(next)
		for _, r := range d.rels {
			for _, step := range []map[int]int{next, prev} {
				if o, ok := step[r.Head]; ok && o != r.Tail && (os.Getenv("TITLED_ALL") != "" || x.nearestTail(r.Tail, o, r.Head)) {
					g := Found{Type: r.Type, Head: o, Tail: r.Tail}
					all[r.Type]++
					if gold[g] {
						shared[r.Type]++
					} else if r.Type == "PARTICIPANT_IN" || r.Type == "AGENT" {
						t.Logf("miss %s: %q -> %q", r.Type, string(d.text[d.ments[o].Start:d.ments[o].End]), string(d.text[d.ments[r.Tail].Start:d.ments[r.Tail].End]))
					}
				}
			}
		}
	}
	var keys []string
	for k := range all {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Logf("titled pairs: %d", pairs)
	for _, k := range keys {
		t.Logf("%-18s %4d of %4d", k, shared[k], all[k])
	}
}
