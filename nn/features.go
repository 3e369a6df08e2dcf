package nn

import "slices"

// FeatureCounts counts how often each feature hash occurs in a training
// set, to choose the features a model keeps.
type FeatureCounts map[uint64]int32

// Add counts each hash of feats once more.
func (c FeatureCounts) Add(feats []uint64) {
	for _, h := range feats {
		c[h]++
	}
}

// Keep returns the hashes counted at least min times, sorted, and index,
// which maps each to its position in keys: the row of its weights.
func (c FeatureCounts) Keep(min int) (keys []uint64, index map[uint64]int32) {
	for h, n := range c {
		if int(n) >= min {
			keys = append(keys, h)
		}
	}
	slices.Sort(keys)
	index = make(map[uint64]int32, len(keys))
	for i, h := range keys {
		index[h] = int32(i)
	}
	return keys, index
}
