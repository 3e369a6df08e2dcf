package nn

import (
	"math/rand/v2"

	"github.com/factgraph/factgraph/internal/hashtab"
)

// Vocab numbers the keys (word or feature hashes) a network knows; row 0 of
// its embedding tables is for the keys it does not.
type Vocab struct {
	Keys []uint64 // sorted
	tab  hashtab.Table
}

// NewVocab returns the vocabulary of keys, which must be sorted.
func NewVocab(keys []uint64) Vocab { return Vocab{Keys: keys, tab: hashtab.New(keys)} }

// Row returns the table row of key k: 1 + its index, 0 when unknown.
func (v *Vocab) Row(k uint64) int32 { return v.tab.Get(k) + 1 }

// Rows returns the number of rows of an embedding table over v, the
// unknown row included.
func (v *Vocab) Rows() int { return len(v.Keys) + 1 }

// DropMask zeroes each element of x with probability rate and scales the
// others by 1/(1−rate) (inverted dropout); it returns the factors applied.
func DropMask(x []float32, rate float32, rng *rand.Rand) []float32 {
	mask := make([]float32, len(x))
	keep := 1 / (1 - rate)
	for j := range mask {
		if rng.Float32() >= rate {
			mask[j] = keep
		}
		x[j] *= mask[j]
	}
	return mask
}
