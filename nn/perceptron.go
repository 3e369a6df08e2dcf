package nn

// Weights is the dense weight store of an averaged perceptron, used only
// while training: the current weights W and, for averaging, the sum over
// updates of the update counter times each change.
//
// A is the type the averaging sums are kept in. The models chose differently
// (ner float64, relation float32), and the rounding of each is kept so that
// training reproduces the shipped model files bit for bit.
type Weights[A float32 | float64] struct {
	W []float32 // current weights
	u []A       // Σ c·Δw
	c A         // update counter, from 1
}

// NewWeights returns a store of n zero weights.
func NewWeights[A float32 | float64](n int) *Weights[A] {
	return &Weights[A]{W: make([]float32, n), u: make([]A, n), c: 1}
}

// Bump adds d to weight i.
func (w *Weights[A]) Bump(i int, d float32) {
	w.W[i] += d
	w.u[i] += w.c * A(d)
}

// Tick advances the update counter: call it once per training instance
// (sentence, candidate), whether or not it changed the weights.
func (w *Weights[A]) Tick() { w.c++ }

// Averaged returns the averaged weights, W − Σc·Δw / c: the average of the
// weights over all ticks so far. W is left as it is.
func (w *Weights[A]) Averaged() []float32 {
	a := make([]float32, len(w.W))
	for i, v := range w.W {
		a[i] = float32(A(v) - w.u[i]/w.c)
	}
	return a
}

// DenseScores writes into out (of length L) the sum of the given rows of the
// dense row-major matrix w of L columns.
func DenseScores(out, w []float32, L int, rows []int32) {
	clear(out)
	for _, r := range rows {
		row := w[int(r)*L : int(r+1)*L]
		for j, v := range row {
			out[j] += v
		}
	}
}
