package nn

// transposed holds an inference LSTM's matrices transposed, for the
// AVX-512 kernels: out += Wᵀ-ordered products that read a row of the
// transpose (one input's weights for every gate) per input value, with
// no horizontal sums. Each output is summed over the inputs in order with
// fused multiply-adds, so its bits do not depend on how many inputs a
// kernel call takes (a word's input gates are the same whether computed
// alone or with the words around it, which the word caches rely on).
type transposed struct {
	wt []float32 // In × 4·Hidden: W transposed
	ut []float32 // Hidden × 4·Hidden: U transposed
}

// newTransposed returns the transposes of l's matrices when the AVX-512
// kernels can serve its sizes, or nil.
func newTransposed(l *LSTM) *transposed {
	G := 4 * l.Hidden
	if !useAVX512 || G%64 != 0 || len(l.W.W) != G*l.In || len(l.U.W) != G*l.Hidden {
		return nil
	}
	return &transposed{wt: transpose(l.W.W, G, l.In), ut: transpose(l.U.W, G, l.Hidden)}
}

// transpose returns the cols×rows transpose of the rows×cols matrix w
// (row-major).
func transpose(w []float32, rows, cols int) []float32 {
	t := make([]float32, len(w))
	for r := range rows {
		for c := range cols {
			t[c*rows+r] = w[r*cols+c]
		}
	}
	return t
}

// matTVecs adds to out_k (m = len(out)/inputs floats each) the product of
// the m×n matrix whose transpose is wt by each input x_k of x = x₀x₁… (n
// floats each): four inputs per pass over wt, then one at a time, with
// the same sums either way. m must be a multiple of 64 (newTransposed).
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
