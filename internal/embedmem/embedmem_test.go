package embedmem

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"testing"
)

//go:embed testdata/random.bin
var embedded []byte

// TestRelease checks that the embedded bytes read the same after their
// pages are released, and that short and empty slices are left alone.
func TestRelease(t *testing.T) {
	want := sha256.Sum256(embedded)
	n := len(embedded)
	Release(embedded)
	if got := sha256.Sum256(embedded); got != want || len(embedded) != n {
		t.Fatalf("embedded bytes changed after Release")
	}
	Release(embedded[:10])
	Release(embedded[:0])
	Release(nil)
	if got := sha256.Sum256(embedded); got != want {
		t.Fatalf("embedded bytes changed after Release of short slices")
	}
	heap := bytes.Repeat([]byte{7}, 100)
	Release(heap) // under a page: nothing to drop
	if !bytes.Equal(heap, bytes.Repeat([]byte{7}, 100)) {
		t.Fatalf("a slice shorter than a page was touched")
	}
}
