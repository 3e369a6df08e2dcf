package relation

// table is an open-addressing hash table from feature hash to weight row,
// faster than a Go map for this read-only use.
type table struct {
	keys []uint64
	rows []int32
	mask uint64
}

func newTable(keys []uint64) table {
	size := uint64(16)
	for size < uint64(len(keys))*2 {
		size <<= 1
	}
	t := table{keys: make([]uint64, size), rows: make([]int32, size), mask: size - 1}
	for i := range t.rows {
		t.rows[i] = -1
	}
	for r, k := range keys {
		for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
			if t.rows[i] < 0 {
				t.keys[i], t.rows[i] = k, int32(r)
				break
			}
			if t.keys[i] == k {
				break
			}
		}
	}
	return t
}

// get returns the row of key k, or -1.
func (t *table) get(k uint64) int32 {
	for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
		r := t.rows[i]
		if r < 0 || t.keys[i] == k {
			return r
		}
	}
}

// mix is the murmur3 finalizer: it spreads the bits of a key over the low
// bits used as table index.
func mix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}
