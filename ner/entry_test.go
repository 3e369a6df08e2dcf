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
// sums, and nothing written past a token's scores.
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
	for _, k := range []int{1, 3} {
		plain := make([]int32, W)
		m.addLayerWeights(plain, ws, k*L, (k+1)*L)
		win := make([]int32, W, byteScores)
		m.addLayerWeights(win, ws, k*L, (k+1)*L)
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
