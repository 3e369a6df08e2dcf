package relation

import (
	"sort"
	"testing"
)

// TestTitledArgsOnTrain counts on NEREL v1.1 train, gold entities and
// relations, how often two persons of a titled list share each relation
// whose head is one of them, its tail the nearest of its type; each type
// of titledArgs must be shared in at least 75 % of its cases (skipped
// without the shared data).
func TestTitledArgsOnTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("reads NEREL train")
	}
	docs := nerelSplit(t, "train")
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
				if o, ok := step[r.Head]; ok && o != r.Tail && x.nearestTail(r.Tail, o, r.Head) {
					g := Found{Type: r.Type, Head: o, Tail: r.Tail}
					all[r.Type]++
					if gold[g] {
						shared[r.Type]++
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
		if titledArgs[listArg{k, true, "PERSON"}] && float64(shared[k]) < 0.75*float64(all[k]) {
			t.Errorf("%s: shared in %d of %d cases in train, under 75 %%", k, shared[k], all[k])
		}
	}
}
