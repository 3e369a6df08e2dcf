// Package hashtab is a read-only open-addressing hash table from 64-bit
// keys (feature hashes) to their index in a key list: the lookup the
// models' inference does for every feature of every token, faster than a Go
// map for that use.
package hashtab

// Table maps each key given to New to its index in that list.
type Table struct {
	keys []uint64
	rows []int32
	mask uint64
}

// New builds a table over keys; Get(keys[i]) returns i (the first index of a
// repeated key). The table has at least 1.5 slots a key (a power of two),
// so at most two thirds of it is filled: a probe sequence stays short while
// the table takes half the memory of one twice as large.
func New(keys []uint64) Table {
	size := uint64(16)
	for 2*size < uint64(len(keys))*3 {
		size <<= 1
	}
	t := Table{keys: make([]uint64, size), rows: make([]int32, size), mask: size - 1}
	for i := range t.rows {
		t.rows[i] = -1
	}
	for r, k := range keys {
		for i := Mix(k) & t.mask; ; i = (i + 1) & t.mask {
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

// Get returns the index of key k, or -1 when k was not given to New.
func (t *Table) Get(k uint64) int32 {
	if len(t.rows) == 0 {
		return -1
	}
	for i := Mix(k) & t.mask; ; i = (i + 1) & t.mask {
		r := t.rows[i]
		if r < 0 || t.keys[i] == k {
			return r
		}
	}
}

// Mix is the murmur3 finalizer: it spreads the bits of a key over the low
// bits used as a table index.
func Mix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}
