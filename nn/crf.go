package nn

import (
	"math"
	"math/rand/v2"
)

// CRF is a linear-chain conditional random field over L labels: the score of
// a label sequence is the sum of its per-position emission scores and of the
// transition scores between consecutive labels. Transitions a mask forbids
// (for example I-X after O in BIO) are never scored. Decoding is left to the
// model that owns the CRF (ner decodes the CRF's scores mixed with its
// perceptron's, under further constraints).
type CRF struct {
	L     int
	Trans *Param // (L+1)×L: Trans[p*L+c] from p to c; row L is the start
	mask  []bool // (L+1)×L allowed transitions
}

// NewCRF returns a CRF whose allowed transitions are those for which
// allowed(prev, cur) is true; prev is −1 at the start of a sequence.
func NewCRF(L int, allowed func(prev, cur int) bool, rng *rand.Rand) *CRF {
	c := &CRF{L: L, Trans: NewParam((L+1)*L, 0, rng)}
	c.SetMask(allowed)
	return c
}

// SetMask sets the allowed transitions (a decoded model must set the mask
// it was trained with).
func (c *CRF) SetMask(allowed func(prev, cur int) bool) {
	L := c.L
	c.mask = make([]bool, (L+1)*L)
	for p := -1; p < L; p++ {
		row := p
		if p < 0 {
			row = L
		}
		for q := 0; q < L; q++ {
			c.mask[row*L+q] = allowed(p, q)
		}
	}
}

// Loss returns the negative log-likelihood of gold under emission scores
// ems (n×L), adds the gradient of the transitions to c.Trans.G and writes
// the gradient of the emissions into dEms (n×L).
//
// Forward-backward runs in probability space with per-position scaling, so
// the inner loops multiply and add rather than take logarithms.
func (c *CRF) Loss(ems []float32, gold []int, dEms []float32) float64 {
	L, n := c.L, len(gold)
	tr := c.Trans.W
	eT := make([]float64, (L+1)*L) // exp(trans), 0 where forbidden
	for i, ok := range c.mask {
		if ok {
			eT[i] = math.Exp(float64(tr[i]))
		}
	}
	eE := make([]float64, n*L) // exp(ems − max of the position)
	logZ := 0.0
	for t := 0; t < n; t++ {
		row := ems[t*L : (t+1)*L]
		m := row[0]
		for _, v := range row {
			m = max(m, v)
		}
		logZ += float64(m)
		for q, v := range row {
			eE[t*L+q] = math.Exp(float64(v - m))
		}
	}
	alpha := make([]float64, n*L)
	beta := make([]float64, n*L)
	scale := make([]float64, n)
	for t := 0; t < n; t++ {
		a := alpha[t*L : (t+1)*L]
		if t == 0 {
			copy(a, eT[L*L:])
		} else {
			prev := alpha[(t-1)*L : t*L]
			for p, ap := range prev {
				if ap == 0 {
					continue
				}
				row := eT[p*L : (p+1)*L]
				for q := range a {
					a[q] += ap * row[q]
				}
			}
		}
		s := 0.0
		for q := range a {
			a[q] *= eE[t*L+q]
			s += a[q]
		}
		scale[t] = s
		for q := range a {
			a[q] /= s
		}
		logZ += math.Log(s)
	}
	for q := 0; q < L; q++ {
		beta[(n-1)*L+q] = 1
	}
	for t := n - 2; t >= 0; t-- {
		next := make([]float64, L)
		for q := 0; q < L; q++ {
			next[q] = eE[(t+1)*L+q] * beta[(t+1)*L+q] / scale[t+1]
		}
		for p := 0; p < L; p++ {
			row := eT[p*L : (p+1)*L]
			s := 0.0
			for q, v := range next {
				s += row[q] * v
			}
			beta[t*L+p] = s
		}
	}
	gs := float64(tr[L*L+gold[0]] + ems[gold[0]])
	for t := 1; t < n; t++ {
		gs += float64(tr[gold[t-1]*L+gold[t]] + ems[t*L+gold[t]])
	}
	for t := 0; t < n; t++ {
		for q := 0; q < L; q++ {
			dEms[t*L+q] = float32(alpha[t*L+q] * beta[t*L+q])
		}
		dEms[t*L+gold[t]]--
	}
	g := c.Trans.G
	for q := 0; q < L; q++ {
		g[L*L+q] += dEms[q]
	}
	next := make([]float64, L)
	for t := 1; t < n; t++ {
		for q := 0; q < L; q++ {
			next[q] = eE[t*L+q] * beta[t*L+q] / scale[t]
		}
		for p := 0; p < L; p++ {
			ap := alpha[(t-1)*L+p]
			if ap == 0 {
				continue
			}
			row := eT[p*L : (p+1)*L]
			gr := g[p*L : (p+1)*L]
			for q, v := range next {
				if row[q] != 0 {
					gr[q] += float32(ap * row[q] * v)
				}
			}
		}
		g[gold[t-1]*L+gold[t]]--
	}
	return logZ - gs
}
