package nn

import (
	"errors"
	"fmt"
	"math"
)

// Sparse is a matrix of int16-quantized weights for inference, rows keyed by
// feature hash: row r, of feature Keys[r], holds the entries
// RowPtr[r] ≤ k < RowPtr[r+1], each a column Labels[k] and a weight
// W[k]·Scale. Rows with no entry are not stored.
type Sparse struct {
	Keys   []uint64 // feature hash of each row, strictly increasing
	RowPtr []uint32 // len(Keys)+1 entry offsets, from 0 to len(W)
	Labels []uint8  // column of each entry
	W      []int16  // quantized weight of each entry
	Scale  float32  // real weight = W·Scale
}

// Quantize compacts the dense row-major matrix w of L columns (at most 256),
// whose row r belongs to feature keys[r], into a Sparse: weights with
// |w| < prune·max|w| are dropped and the rest rounded to int16 steps of
// max|w|/32767; a weight that rounds to 0 is dropped too. len(w) must be
// len(keys)·L.
func Quantize(w []float32, L int, keys []uint64, prune float64) *Sparse {
	if len(w) != len(keys)*L {
		panic(fmt.Sprintf("nn.Quantize: %d weights for %d rows of %d columns", len(w), len(keys), L))
	}
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	cut := prune * maxAbs
	s := &Sparse{Scale: float32(scale), RowPtr: []uint32{0}}
	for r := range keys {
		row := w[r*L : (r+1)*L]
		n := 0
		for j, v := range row {
			if math.Abs(float64(v)) < cut {
				continue
			}
			q := math.Round(float64(v) / scale)
			if q == 0 {
				continue
			}
			s.Labels = append(s.Labels, uint8(j))
			s.W = append(s.W, int16(q))
			n++
		}
		if n == 0 {
			continue
		}
		s.Keys = append(s.Keys, keys[r])
		s.RowPtr = append(s.RowPtr, uint32(len(s.W)))
	}
	return s
}

// Rows reports the number of stored rows.
func (s *Sparse) Rows() int { return len(s.Keys) }

// NNZ reports the number of stored entries.
func (s *Sparse) NNZ() int { return len(s.W) }

// Row returns the columns and quantized weights of row r's entries.
func (s *Sparse) Row(r int) (labels []uint8, w []int16) {
	a, b := s.RowPtr[r], s.RowPtr[r+1]
	return s.Labels[a:b], s.W[a:b]
}

// AddRow adds the quantized weights of row r to acc, indexed by column.
func (s *Sparse) AddRow(acc []int32, r int) {
	for k := s.RowPtr[r]; k < s.RowPtr[r+1]; k++ {
		acc[s.Labels[k]] += int32(s.W[k])
	}
}

// Validate checks that s is a well-formed matrix of L columns: row pointers
// that start at 0, never decrease and end at the number of entries, columns
// below L, strictly increasing keys and a finite scale. A matrix that passes
// can be read with Row and AddRow without going out of range.
func (s *Sparse) Validate(L int) error {
	if len(s.RowPtr) != len(s.Keys)+1 || len(s.Labels) != len(s.W) {
		return fmt.Errorf("%d keys, %d row pointers, %d labels, %d weights do not fit together",
			len(s.Keys), len(s.RowPtr), len(s.Labels), len(s.W))
	}
	for i := 1; i < len(s.Keys); i++ {
		if s.Keys[i] <= s.Keys[i-1] {
			return errors.New("feature keys not strictly increasing")
		}
	}
	if s.RowPtr[0] != 0 || int(s.RowPtr[len(s.RowPtr)-1]) != len(s.W) {
		return errors.New("row pointers do not cover the weights")
	}
	for i := 1; i < len(s.RowPtr); i++ {
		if s.RowPtr[i] < s.RowPtr[i-1] {
			return errors.New("row pointers decrease")
		}
	}
	for _, l := range s.Labels {
		if int(l) >= L {
			return fmt.Errorf("label %d out of range", l)
		}
	}
	if math.IsNaN(float64(s.Scale)) || math.IsInf(float64(s.Scale), 0) {
		return errors.New("bad weight scale")
	}
	return nil
}
