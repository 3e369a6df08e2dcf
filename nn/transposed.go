package nn

// MatT is a rows×cols matrix kept transposed, with every row of the
// transpose (one input's weights for all outputs) padded with zeros to a
// multiple of 64 outputs, for the AVX-512 products of inference: out +=
// W·x read as out += Σ_j x[j]·(row j of the transpose), with no horizontal
// sums. Each output is summed over the inputs in order with fused
// multiply-adds, so its bits do not depend on how many inputs a product
// takes (a word's LSTM input gates are the same whether computed alone or
// with the words around it, which the word caches rely on).
type MatT struct {
	wt         []float32 // cols × stride
	rows, cols int
	stride     int // rows rounded up to a multiple of 64
}

// NewMatT returns w (rows×cols, row-major) transposed for MulVecs, or nil
// when the CPU has no AVX-512 kernels (the caller then multiplies by w).
func NewMatT(w []float32, rows, cols int) *MatT {
	if !useAVX512 || rows <= 0 || cols <= 0 || len(w) != rows*cols {
		return nil
	}
	stride := (rows + 63) &^ 63
	wt := make([]float32, cols*stride)
	for r := range rows {
		for c := range cols {
			wt[c*stride+r] = w[r*cols+c]
		}
	}
	return &MatT{wt: wt, rows: rows, cols: cols, stride: stride}
}

// MulVecs adds W·x_k to out_k for every input x_k of x = x₀x₁… (cols
// floats each) and output out_k of out = o₀o₁… (rows floats each): four
// inputs per pass over the matrix, then one at a time, with the same
// sums either way. Where rows is not a multiple of 64 the products go
// through buf (returned for reuse).
func (m *MatT) MulVecs(out, x, buf []float32) []float32 {
	inputs := len(x) / m.cols
	if inputs == 0 {
		return buf
	}
	x = x[:inputs*m.cols]
	if m.stride == m.rows {
		matTVecs(out[:inputs*m.rows], m.wt, x, m.cols)
		return buf
	}
	buf = Resize(buf, inputs*m.stride)
	for k := range inputs {
		b := buf[k*m.stride : (k+1)*m.stride]
		copy(b, out[k*m.rows:(k+1)*m.rows])
		clear(b[m.rows:])
	}
	matTVecs(buf, m.wt, x, m.cols)
	for k := range inputs {
		copy(out[k*m.rows:(k+1)*m.rows], buf[k*m.stride:])
	}
	return buf
}

// matTVecs adds to out_k (m = len(out)/inputs floats each, a multiple of
// 64) the products of the transpose wt (n rows of m) by each input x_k of
// x = x₀x₁… (n floats each): four inputs per pass over wt, then one at a
// time, with the same sums.
func matTVecs(out, wt, x []float32, n int) {
	inputs := len(x) / n
	if inputs == 0 {
		return
	}
	m := len(out) / inputs
	wt = wt[:n*m]
	k := 0
	for ; k+4 <= inputs; k += 4 {
		matTVec4AVX512(out[k*m:(k+4)*m], wt, x[k*n:(k+4)*n])
	}
	for ; k < inputs; k++ {
		matTVecAVX512(out[k*m:(k+1)*m], wt, x[k*n:(k+1)*n])
	}
}
