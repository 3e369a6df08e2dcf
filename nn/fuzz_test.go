package nn

import (
	"testing"
)

// FuzzDecodeSparse feeds the matrix decoders arbitrary bytes: they must
// return a matrix that Row and AddRow can read in full, or an error, never
// panic.
func FuzzDecodeSparse(f *testing.F) {
	s := Quantize([]float32{4, 0, -2, 0, 0, 0, 0, 1, 0.5}, 3, []uint64{10, 20, 30}, 0.01)
	f.Add(s.Append(nil), uint8(3))
	f.Add(sample().Append(nil), uint8(3))
	f.Add(s.AppendArrays(nil), uint8(3))
	f.Add([]byte{1, 0, 0, 0}, uint8(1))
	f.Add([]byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, b []byte, L uint8) {
		check := func(in []byte, s *Sparse, err error, encode func(*Sparse) []byte) {
			if (s == nil) == (err == nil) {
				t.Fatalf("matrix %v with error %v", s, err)
			}
			if s == nil {
				return
			}
			acc := make([]int32, L)
			for r := range s.Rows() {
				s.AddRow(acc, r)
				labels, w := s.Row(r)
				if len(labels) != len(w) {
					t.Fatalf("row %d: %d labels, %d weights", r, len(labels), len(w))
				}
			}
			// What decodes encodes back to the bytes it was read from.
			if got := encode(s); len(got) > len(in) || string(got) != string(in[:len(got)]) {
				t.Fatalf("re-encoding gives % x, decoded from % x", got, in)
			}
		}
		d := NewDecoder(b)
		check(b, d.Sparse(int(L)), d.Err(), func(s *Sparse) []byte { return s.Append(nil) })
		// The bare layout, with sizes taken from the first bytes.
		if len(b) >= 2 {
			d := NewDecoder(b[2:])
			check(b[2:], d.SparseArrays(int(b[0]), int(b[1]), 1, int(L)), d.Err(), func(s *Sparse) []byte { return s.AppendArrays(nil) })
		}
	})
}
