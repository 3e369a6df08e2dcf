package nn

import (
	"encoding/binary"
	"fmt"
	"math"
)

// AppendInt8Rows appends w, a matrix of rows of n floats, quantized to int8
// with one float32 scale per row (max |w| of the row / 127): the scales
// first, then the bytes. A table of embeddings or a weight matrix keeps
// about 1 % relative error per weight at a quarter of the float32 size.
func AppendInt8Rows(b []byte, w []float32, n int) []byte {
	rows := len(w) / n
	scales := make([]float32, rows)
	for r := range rows {
		var m float32
		for _, v := range w[r*n : (r+1)*n] {
			m = max(m, float32(math.Abs(float64(v))))
		}
		scales[r] = m / 127
	}
	b = AppendFloat32s(b, scales)
	for r, s := range scales {
		for _, v := range w[r*n : (r+1)*n] {
			q := int8(0)
			if s > 0 {
				q = int8(max(-127, min(127, math.Round(float64(v/s)))))
			}
			b = append(b, byte(q))
		}
	}
	return b
}

// Int8Rows reads rows×n weights written by AppendInt8Rows, as float32. It
// returns nil when Err is set.
func (d *Decoder) Int8Rows(rows, n int) []float32 {
	t := d.Int8Table(rows, n)
	if t == nil {
		return nil
	}
	w := make([]float32, rows*n)
	for r := range rows {
		t.CopyRow(w[r*n:(r+1)*n], int32(r))
	}
	return w
}

// Int8Table is a matrix kept as AppendInt8Rows wrote it, one byte a weight:
// for embedding tables, of which a sentence reads a few rows.
type Int8Table struct {
	q     []byte    // rows×n int8 weights
	scale []float32 // per row
	n     int
}

// Int8Table reads rows×n weights written by AppendInt8Rows without
// expanding them. It returns nil when Err is set.
func (d *Decoder) Int8Table(rows, n int) *Int8Table {
	if rows < 0 || n <= 0 || rows > math.MaxInt32/n {
		if d.err == nil {
			d.err = fmt.Errorf("bad int8 matrix size %d×%d", rows, n)
		}
		return nil
	}
	scales := d.Float32s(rows)
	q := d.take(rows*n, 1)
	if d.err != nil {
		return nil
	}
	for r, s := range scales {
		if math.IsNaN(float64(s)) || math.IsInf(float64(s), 0) {
			d.err = fmt.Errorf("bad scale %v in row %d", s, r)
			return nil
		}
	}
	// a copy, so that the table does not hold the whole file's bytes
	return &Int8Table{q: append([]byte(nil), q...), scale: scales, n: n}
}

// CopyRow writes row r into dst (len(dst) ≥ the row length), with the
// values Int8Rows gives.
func (t *Int8Table) CopyRow(dst []float32, r int32) {
	s, q := t.scale[r], t.q[int(r)*t.n:int(r+1)*t.n]
	j := 0
	if useAVX && s > 0 {
		// 0 + v is v for every product v of a positive scale (none is −0).
		j = len(q) &^ 7
		clear(dst[:j])
		addInt8AVX(dst[:len(q)], q, s)
	}
	for ; j < len(q); j++ {
		dst[j] = float32(int8(q[j])) * s
	}
}

// EmbedInt8 is Embed over int8 tables: it writes into x the row w of word
// followed by the sum of the rows feats of feat, with the values Int8Rows
// gives (the same bits as Embed over the tables they were made from).
func EmbedInt8(x []float32, word, feat *Int8Table, w int32, feats []int32) {
	word.CopyRow(x[:word.n], w)
	fx := x[word.n:]
	clear(fx)
	feat.AddRows(fx, feats)
}

// AddRows adds the rows rs to dst in order: AddRow for each, the same
// bits, with dst held in registers across the rows where the AVX kernel
// allows it (rows of a multiple of 64 weights).
func (t *Int8Table) AddRows(dst []float32, rs []int32) {
	if useAVX && t.n%64 == 0 && len(rs) > 0 {
		rows := int32(len(t.scale))
		for _, r := range rs {
			if r < 0 || r >= rows {
				panic("nn: Int8Table.AddRows: row out of range")
			}
		}
		addRowsInt8AVX(dst[:t.n], t.q[:int(rows)*t.n], rs, t.scale)
		return
	}
	for _, r := range rs {
		t.AddRow(dst, r)
	}
}

// AddRow adds row r to dst.
func (t *Int8Table) AddRow(dst []float32, r int32) {
	s, q := t.scale[r], t.q[int(r)*t.n:int(r+1)*t.n]
	j := 0
	if useAVX {
		j = len(q) &^ 7
		addInt8AVX(dst[:len(q)], q, s)
	}
	for ; j < len(q); j++ {
		dst[j] += float32(int8(q[j])) * s
	}
}

// Finite reports whether every weight of the table is finite (a scale
// times any int8 is).
func (t *Int8Table) Finite() bool {
	for _, s := range t.scale {
		if v := float64(-128 * s); math.IsInf(v, 0) || math.IsNaN(v) {
			return false
		}
	}
	return true
}

// Append appends the table as AppendInt8Rows wrote it.
func (t *Int8Table) Append(b []byte) []byte {
	return append(AppendFloat32s(b, t.scale), t.q...)
}

// AppendUint64s appends v in little-endian order.
func AppendUint64s(b []byte, v []uint64) []byte {
	for _, x := range v {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	return b
}

// Uint64s reads n little-endian uint64s. It returns nil when Err is set.
func (d *Decoder) Uint64s(n int) []uint64 {
	p := d.take(n, 8)
	if p == nil {
		return nil
	}
	v := make([]uint64, n)
	for i := range v {
		v[i] = binary.LittleEndian.Uint64(p[8*i:])
	}
	return v
}

// AppendTable appends an embedding table of rows of dim floats as
// AppendInt8Rows writes it: q as it is when not nil (a decoded table),
// else p's weights.
func AppendTable(b []byte, q *Int8Table, p *Param, dim int) []byte {
	if q != nil {
		return q.Append(b)
	}
	return AppendInt8Rows(b, p.W, dim)
}
