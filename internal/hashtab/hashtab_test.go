package hashtab

import "testing"

func TestTable(t *testing.T) {
	keys := []uint64{0, 1, 42, 1 << 63, 17, 42}
	tab := New(keys)
	for i, k := range keys {
		want := int32(i)
		if k == 42 {
			want = 2 // first index of a repeated key
		}
		if got := tab.Get(k); got != want {
			t.Errorf("Get(%d) = %d, want %d", k, got, want)
		}
	}
	for _, k := range []uint64{2, 3, 1<<63 + 1} {
		if got := tab.Get(k); got != -1 {
			t.Errorf("Get(%d) = %d, want -1", k, got)
		}
	}
	var empty Table
	none := New(nil)
	if empty.Get(5) != -1 || none.Get(5) != -1 {
		t.Error("empty table found a key")
	}
}

func BenchmarkGet(b *testing.B) {
	keys := make([]uint64, 1<<18)
	for i := range keys {
		keys[i] = Mix(uint64(i))
	}
	tab := New(keys)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tab.Get(keys[i&(len(keys)-1)])
	}
}
