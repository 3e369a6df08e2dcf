package nn

import (
	"math"
	"math/rand/v2"
)

// Param is a trainable array of float32 weights with its gradient and the
// moment estimates of the Adam optimizer.
type Param struct {
	W    []float32 // weights
	G    []float32 // gradient accumulated since the last step
	m, v []float32 // Adam first and second moments
	// Rows, when positive, marks W as a table of rows of Rows floats of
	// which few are used per step (an embedding): Adam then updates only the
	// rows touched since the last step.
	Rows    int
	touched []int32 // rows with a gradient since the last step, in first-touch order
	mark    []bool  // mark[r]: r is in touched
}

// NewParam returns a parameter of n weights drawn uniformly from
// [−scale, scale] by rng (all zero when scale is 0).
func NewParam(n int, scale float32, rng *rand.Rand) *Param {
	p := &Param{W: make([]float32, n), G: make([]float32, n), m: make([]float32, n), v: make([]float32, n)}
	if scale != 0 {
		for i := range p.W {
			p.W[i] = (2*rng.Float32() - 1) * scale
		}
	}
	return p
}

// NewTable returns an embedding table of rows×dim weights drawn uniformly
// from [−scale, scale], updated sparsely.
func NewTable(rows, dim int, scale float32, rng *rand.Rand) *Param {
	p := NewParam(rows*dim, scale, rng)
	p.Rows = dim
	p.mark = make([]bool, rows)
	return p
}

// Row returns row r of a table.
func (p *Param) Row(r int32) []float32 { return p.W[int(r)*p.Rows : int(r+1)*p.Rows] }

// GradRow returns the gradient of row r of a table and marks it touched.
func (p *Param) GradRow(r int32) []float32 {
	if !p.mark[r] {
		p.mark[r] = true
		p.touched = append(p.touched, r)
	}
	return p.G[int(r)*p.Rows : int(r+1)*p.Rows]
}

// Adam updates parameters by the Adam rule (Kingma and Ba 2015) with
// global gradient-norm clipping.
type Adam struct {
	LR, Beta1, Beta2, Eps float32
	Clip                  float32 // clip the global gradient norm to Clip (0: no clipping)
	Params                []*Param
	t                     int
}

// NewAdam returns an optimizer over params with the usual defaults.
func NewAdam(lr float32, params ...*Param) *Adam {
	return &Adam{LR: lr, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, Clip: 5, Params: params}
}

// Step applies the accumulated gradients, scaled by 1/batch, and clears
// them.
func (a *Adam) Step(batch int) {
	a.t++
	scale := 1 / float32(batch)
	// global norm over the used gradients
	var norm float64
	a.each(func(p *Param, lo, hi int) {
		for _, g := range p.G[lo:hi] {
			g *= scale
			norm += float64(g * g)
		}
	})
	if n := float32(math.Sqrt(norm)); a.Clip > 0 && n > a.Clip {
		scale *= a.Clip / n
	}
	b1t := 1 - float32(math.Pow(float64(a.Beta1), float64(a.t)))
	b2t := 1 - float32(math.Pow(float64(a.Beta2), float64(a.t)))
	lr := a.LR * float32(math.Sqrt(float64(b2t))) / b1t
	a.each(func(p *Param, lo, hi int) {
		w, g, m, v := p.W[lo:hi], p.G[lo:hi], p.m[lo:hi], p.v[lo:hi]
		for i := range w {
			gi := g[i] * scale
			m[i] = a.Beta1*m[i] + (1-a.Beta1)*gi
			v[i] = a.Beta2*v[i] + (1-a.Beta2)*gi*gi
			w[i] -= lr * m[i] / (float32(math.Sqrt(float64(v[i]))) + a.Eps)
			g[i] = 0
		}
	})
	for _, p := range a.Params {
		for _, r := range p.touched {
			p.mark[r] = false
		}
		p.touched = p.touched[:0]
	}
}

// each calls fn on every range of weights with a gradient this step: all of
// a dense parameter, the touched rows of a table (lazy Adam: untouched rows
// keep their moments).
func (a *Adam) each(fn func(p *Param, lo, hi int)) {
	for _, p := range a.Params {
		if p.Rows == 0 {
			fn(p, 0, len(p.W))
			continue
		}
		for _, r := range p.touched {
			fn(p, int(r)*p.Rows, int(r+1)*p.Rows)
		}
	}
}

// dot returns Σ a[i]·b[i] over len(a) elements.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	if useAVX && len(a) > 0 {
		// one row of the matrix kernel: the same summation as MatVec
		var s [1]float32
		matVecAVX(s[:], a, b)
		return s[0]
	}
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// axpy adds a·x to y.
func axpy(a float32, x, y []float32) {
	y = y[:len(x)]
	if useAVX {
		axpyAVX(a, x, y)
		return
	}
	i := 0
	for ; i+4 <= len(x); i += 4 {
		y[i] += a * x[i]
		y[i+1] += a * x[i+1]
		y[i+2] += a * x[i+2]
		y[i+3] += a * x[i+3]
	}
	for ; i < len(x); i++ {
		y[i] += a * x[i]
	}
}

// axpy2 adds a·x to y and a·v to z in one pass.
func axpy2(a float32, x, y, v, z []float32) {
	n := len(x)
	if useAVX {
		axpyAVX(a, x, y[:n])
		axpyAVX(a, v, z[:n])
		return
	}
	y, v, z = y[:n], v[:n], z[:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		y[i] += a * x[i]
		y[i+1] += a * x[i+1]
		y[i+2] += a * x[i+2]
		y[i+3] += a * x[i+3]
		z[i] += a * v[i]
		z[i+1] += a * v[i+1]
		z[i+2] += a * v[i+2]
		z[i+3] += a * v[i+3]
	}
	for ; i < n; i++ {
		y[i] += a * x[i]
		z[i] += a * v[i]
	}
}

// MatVec adds W·x to out, W being len(out)×len(x) row-major.
func MatVec(out, w, x []float32) {
	n := len(x)
	if useAVX && len(x) > 0 {
		r := 0
		if n%8 == 0 {
			r = len(out) &^ 3
			if r > 0 {
				matVecRows4AVX(out[:r], w[:r*n], x)
			}
		}
		if r < len(out) {
			matVecAVX(out[r:], w[r*n:len(out)*n], x)
		}
		return
	}
	for i := range out {
		out[i] += dot(w[i*n:(i+1)*n], x)
	}
}

// AddInt32s adds b to a; len(b) ≥ len(a).
func AddInt32s(a, b []int32) {
	b = b[:len(a)]
	j := 0
	if useAVX {
		j = len(a) &^ 7
		addInt32AVX(a, b)
	}
	for ; j < len(a); j++ {
		a[j] += b[j]
	}
}

// MixInt32s writes into dst[j] mix·(float32(a[j])·scale) + ne[j]: a
// token's integer scores scaled and mixed with another model's, each
// product and the sum rounded to float32 as the scalar expression rounds
// them (eight at a time with AVX: the same operations, no fused
// multiply-add); len(a) and len(ne) ≥ len(dst).
func MixInt32s(dst []float32, a []int32, ne []float32, scale, mix float32) {
	a, ne = a[:len(dst)], ne[:len(dst)]
	j := 0
	if useAVX {
		j = len(dst) &^ 7
		mixInt32AVX(dst, a, ne, scale, mix)
	}
	for ; j < len(dst); j++ {
		p := float32(a[j]) * scale
		dst[j] = mix*p + ne[j]
	}
}

// MatVecs adds W·x_k to out_k for every input x_k of x = x₀x₁… (n floats
// each) and output out_k of out = o₀o₁… (as many): the bits of MatVec on
// each pair, W read once for four inputs where the AVX kernel allows it.
func MatVecs(out, w, x []float32, n int) { matVecs(out, w, x, n) }

// matVecs adds W·x_k to out_k for every input x_k of x = x₀x₁… (n floats
// each) and output out_k of out = o₀o₁… (as many): MatVec on each pair, four
// pairs per pass over W where the AVX kernel allows it, with the same sums.
func matVecs(out, w, x []float32, n int) {
	inputs := len(x) / n
	if inputs == 0 {
		return
	}
	m := len(out) / inputs
	k := 0
	if useAVX && n%8 == 0 {
		for ; k+4 <= inputs; k += 4 {
			matVec4AVX(out[k*m:(k+4)*m], w[:m*n], x[k*n:(k+4)*n])
		}
	}
	for ; k < inputs; k++ {
		MatVec(out[k*m:(k+1)*m], w, x[k*n:(k+1)*n])
	}
}

// MatVecBack accumulates the gradients of out += W·x: dW += dout·xᵀ and
// dx += Wᵀ·dout (dx may be nil).
func MatVecBack(dout, w, x, dw, dx []float32) {
	n := len(x)
	for i, g := range dout {
		if g == 0 {
			continue
		}
		if dx != nil {
			axpy2(g, x, dw[i*n:(i+1)*n], w[i*n:(i+1)*n], dx)
		} else {
			axpy(g, x, dw[i*n:(i+1)*n])
		}
	}
}

func sigmoid(x float32) float32 { return 1 / (1 + float32(math.Exp(float64(-x)))) }

func tanh(x float32) float32 { return float32(math.Tanh(float64(x))) }

// tanhExp is tanh through one exponential, 1 − 2/(e^{2x}+1): within a
// float32 rounding of tanh, and cheaper than math.Tanh.
func tanhExp(x float32) float32 {
	return float32(1 - 2/(math.Exp(2*float64(x))+1))
}

func sqrt32(x float32) float32 { return float32(math.Sqrt(float64(x))) }

// Default sets *v to d when *v is not positive: a training option left at
// zero takes its default.
func Default[T int | float32 | float64](v *T, d T) {
	if *v <= 0 {
		*v = d
	}
}
