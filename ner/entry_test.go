package ner

import (
	"slices"
	"testing"
)

// TestEntryPack checks that an entry gives back its position and weight,
// and that the hot loop's int32(e)>>16 is w() for every weight.
func TestEntryPack(t *testing.T) {
	for _, pos := range []uint16{0, 1, 58, 235, 255, 256, 4079, 65535} {
		for w := -32768; w <= 32767; w++ {
			e := newEntry(pos, int16(w))
			if e.pos() != pos || e.w() != int16(w) || int32(e)>>16 != int32(w) {
				t.Fatalf("newEntry(%d, %d): pos %d, w %d, shifted %d", pos, w, e.pos(), e.w(), int32(e)>>16)
			}
		}
	}
}

// TestAddWeightsWindow checks addWeights and addLayerWeights with and
// without the byte window (scoreCap) on the model's features: the same
// sums, and nothing written past a token's scores; addLayerWeights in the
// window reads the layer heads (layerHead), outside it every weight.
func TestAddWeightsWindow(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	W, L := m.scoreLen(), m.numLabels()
	if W > byteScores {
		t.Fatalf("scores of a token: %d > %d, the window is never used", W, byteScores)
	}
	var ws []span
	for i, s := range m.index.slots {
		if s.start != emptySlot && i%7 == 0 {
			ws = append(ws, span{s.start, s.end})
		}
	}
	plain := make([]int32, W) // cap W: the loop with bounds checks
	m.addWeights(plain, ws)
	buf := make([]int32, 2*W, scoreCap(2, W))
	win := buf[W : 2*W] // the second token's: cap 256 in the window
	m.addWeights(win, ws)
	if cap(win) < byteScores || !slices.Equal(win, plain) {
		t.Fatalf("window: cap %d, sums differ", cap(win))
	}
	if tail := buf[2*W : scoreCap(2, W)]; slices.ContainsFunc(tail, func(v int32) bool { return v != 0 }) {
		t.Fatal("written past the token's scores")
	}
	if !m.heads {
		t.Fatal("the model's weights have no layer heads: addLayerWeights walks them")
	}
	for _, k := range []int{1, 2, 3} {
		plain := make([]int32, W) // cap W: the loop over all weights
		m.addLayerWeights(plain, ws, k)
		win := make([]int32, W, byteScores) // the layer heads' loop
		m.addLayerWeights(win, ws, k)
		if !slices.Equal(win, plain) {
			t.Fatalf("layer %d: window sums differ", k)
		}
		for l, v := range plain {
			if (l < k*L || l >= (k+1)*L) && v != 0 {
				t.Fatalf("layer %d: score %d outside the layer is %d", k, l, v)
			}
		}
	}
}

// layerHead is the head prepare writes before a feature's weights es
// (four layers at most, positions below 255), computed from the weights:
// byte k−1 holds the number of weights below layer k (k = 1 … 4).
func layerHead(es []entry, L int) entry {
	var h uint32
	for k := 1; k <= 4; k++ {
		n := 0
		for n < len(es) && int(es[n].pos()) < k*L {
			n++
		}
		h |= uint32(n) << (8 * (k - 1))
	}
	return entry(h)
}

// TestLayerHeads checks the heads prepare wrote for every feature of the
// model against layerHead.
func TestLayerHeads(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !m.heads {
		t.Fatal("the model's weights have no layer heads")
	}
	n := 0
	for _, s := range m.index.slots {
		if s.start == emptySlot {
			continue
		}
		if got, want := m.entries[s.start-1], layerHead(m.entries[s.start:s.end], m.numLabels()); got != want {
			t.Fatalf("feature %x: head %08x, want %08x", s.key, uint32(got), uint32(want))
		}
		n++
	}
	if n == 0 {
		t.Fatal("no feature")
	}
}

// TestLayerHead checks layerHead on made-up features: layer k's weights
// are es[byte k−1 : byte k].
func TestLayerHead(t *testing.T) {
	const L = 5
	for _, tc := range []struct {
		pos  []uint16
		want [4]uint8
	}{
		{[]uint16{0, 3, 5, 9, 12, 17}, [4]uint8{2, 4, 5, 6}},
		{[]uint16{7, 8}, [4]uint8{0, 2, 2, 2}},          // layer 1 only
		{[]uint16{19}, [4]uint8{0, 0, 0, 1}},            // layer 3 only
		{[]uint16{0, 1, 2, 3, 4}, [4]uint8{5, 5, 5, 5}}, // layer 0 only: a guard
	} {
		var es []entry
		for _, p := range tc.pos {
			es = append(es, newEntry(p, 1))
		}
		h := uint32(layerHead(es, L))
		for k := range 4 {
			if got := uint8(h >> (8 * k)); got != tc.want[k] {
				t.Errorf("%v: byte %d = %d, want %d", tc.pos, k, got, tc.want[k])
			}
		}
	}
}
