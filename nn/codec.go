package nn

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// A Sparse is stored in one of two layouts, all values little-endian:
//
//   - framed (Append, Decoder.Sparse): uint32 rows, the keys (uint64), the
//     rows+1 row pointers (uint32), uint32 entries, the labels (uint8), the
//     weights (int16), the scale (float32);
//   - bare (AppendArrays, Decoder.SparseArrays): the same four arrays only,
//     for a format that keeps the sizes and scale elsewhere (in a header).

// Append appends s in the framed layout.
func (s *Sparse) Append(b []byte) []byte {
	le := binary.LittleEndian
	b = le.AppendUint32(b, uint32(len(s.Keys)))
	b = s.appendRows(b)
	b = le.AppendUint32(b, uint32(len(s.W)))
	b = s.appendEntries(b)
	return le.AppendUint32(b, math.Float32bits(s.Scale))
}

// AppendArrays appends the keys, row pointers, labels and weights of s, and
// neither their sizes nor the scale.
func (s *Sparse) AppendArrays(b []byte) []byte {
	return s.appendEntries(s.appendRows(b))
}

func (s *Sparse) appendRows(b []byte) []byte {
	le := binary.LittleEndian
	for _, k := range s.Keys {
		b = le.AppendUint64(b, k)
	}
	for _, p := range s.RowPtr {
		b = le.AppendUint32(b, p)
	}
	return b
}

func (s *Sparse) appendEntries(b []byte) []byte {
	b = append(b, s.Labels...)
	for _, w := range s.W {
		b = binary.LittleEndian.AppendUint16(b, uint16(w))
	}
	return b
}

// AppendFloat32s appends v as little-endian float32 values.
func AppendFloat32s(b []byte, v []float32) []byte {
	for _, x := range v {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return b
}

// ErrTruncated is wrapped by the error of a Decoder that ran out of bytes.
var ErrTruncated = errors.New("truncated data")

// Decoder reads little-endian values from the front of a byte slice. The
// first error sticks: later reads return zero values, and Err reports it.
// Every length is checked against the bytes left before anything is
// allocated, so corrupt sizes cannot ask for absurd allocations.
type Decoder struct {
	b   []byte
	err error
}

// NewDecoder returns a Decoder reading b.
func NewDecoder(b []byte) *Decoder { return &Decoder{b: b} }

// Err returns the first error met, or nil.
func (d *Decoder) Err() error { return d.err }

// Len reports the number of bytes not yet read.
func (d *Decoder) Len() int { return len(d.b) }

// take consumes n values of size bytes each.
func (d *Decoder) take(n, size int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b)/size {
		d.err = fmt.Errorf("%w: %d values of %d bytes wanted, %d bytes left", ErrTruncated, n, size, len(d.b))
		return nil
	}
	out := d.b[:n*size]
	d.b = d.b[n*size:]
	return out
}

// Uint32 reads one uint32.
func (d *Decoder) Uint32() uint32 {
	if p := d.take(1, 4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

// Bytes reads n bytes; the result aliases the decoder's input.
func (d *Decoder) Bytes(n int) []byte { return d.take(n, 1) }

// Float32s reads n float32 values.
func (d *Decoder) Float32s(n int) []float32 {
	p := d.take(n, 4)
	if p == nil {
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
	}
	return out
}

// Sparse reads a matrix in the framed layout and validates it for L
// columns. It returns nil when Err is set.
func (d *Decoder) Sparse(L int) *Sparse {
	s := &Sparse{}
	d.readRows(s, int(d.Uint32()))
	d.readEntries(s, int(d.Uint32()))
	if p := d.take(1, 4); p != nil {
		s.Scale = math.Float32frombits(binary.LittleEndian.Uint32(p))
	}
	return d.validate(s, L)
}

// SparseArrays reads a matrix of the given rows and entries in the bare
// layout, gives it scale and validates it for L columns. It returns nil when
// Err is set.
func (d *Decoder) SparseArrays(rows, nnz int, scale float32, L int) *Sparse {
	s := &Sparse{Scale: scale}
	d.readRows(s, rows)
	d.readEntries(s, nnz)
	return d.validate(s, L)
}

func (d *Decoder) readRows(s *Sparse, rows int) {
	kb := d.take(rows, 8)
	rb := d.take(rows+1, 4)
	if d.err != nil {
		return
	}
	le := binary.LittleEndian
	s.Keys = make([]uint64, rows)
	for i := range s.Keys {
		s.Keys[i] = le.Uint64(kb[8*i:])
	}
	s.RowPtr = make([]uint32, rows+1)
	for i := range s.RowPtr {
		s.RowPtr[i] = le.Uint32(rb[4*i:])
	}
}

func (d *Decoder) readEntries(s *Sparse, nnz int) {
	lb := d.take(nnz, 1)
	wb := d.take(nnz, 2)
	if d.err != nil {
		return
	}
	s.Labels = make([]uint8, nnz)
	copy(s.Labels, lb)
	s.W = make([]int16, nnz)
	for i := range s.W {
		s.W[i] = int16(binary.LittleEndian.Uint16(wb[2*i:]))
	}
}

func (d *Decoder) validate(s *Sparse, L int) *Sparse {
	if d.err != nil {
		return nil
	}
	if err := s.Validate(L); err != nil {
		d.err = err
		return nil
	}
	return s
}
