package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

func checkGrad(t *testing.T, name string, w, g []float32, loss func() float64) {
	t.Helper()
	for i := range w {
		num := NumGrad(w, i, loss)
		if d := math.Abs(num - float64(g[i])); d > 2e-2*math.Max(1, math.Abs(num)) {
			t.Errorf("%s[%d]: analytic %.5f, numeric %.5f", name, i, g[i], num)
		}
	}
}

// TestLSTMCRFGradients checks the backward passes of a BiLSTM with a linear
// output and a CRF on top against numeric gradients.
func TestLSTMCRFGradients(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const in, H, L, n = 3, 4, 5, 6
	fw, bw := NewLSTM(in, H, rng), NewLSTM(in, H, rng)
	out := NewParam(L*2*H, 0.5, rng)
	allowed := func(p, c int) bool { return !(p == -1 && c == 2) && !(p == 1 && c == 4) }
	crf := NewCRF(L, allowed, rng)
	for i := range crf.Trans.W {
		crf.Trans.W[i] = rng.Float32() - 0.5
	}
	xs := make([][]float32, n)
	for i := range xs {
		xs[i] = make([]float32, in)
		for j := range xs[i] {
			xs[i][j] = rng.Float32()*2 - 1
		}
	}
	gold := []int{0, 1, 2, 3, 2, 0}
	var tf, tb LSTMTape
	forward := func() ([]float32, [][]float32) {
		fw.Forward(xs, false, &tf)
		bw.Forward(xs, true, &tb)
		ems := make([]float32, n*L)
		hs := make([][]float32, n)
		for i := 0; i < n; i++ {
			hs[i] = append(append([]float32(nil), tf.Out(i, H)...), tb.Out(i, H)...)
			MatVec(ems[i*L:(i+1)*L], out.W, hs[i])
		}
		return ems, hs
	}
	loss := func() float64 {
		ems, _ := forward()
		return crf.Loss(ems, gold, make([]float32, n*L))
	}
	params := []*Param{fw.W, fw.U, fw.B, bw.W, bw.U, bw.B, out, crf.Trans}
	for _, p := range params {
		clear(p.G)
	}
	ems, hs := forward()
	dEms := make([]float32, n*L)
	crf.Loss(ems, gold, dEms)
	dF, dB := make([]float32, n*H), make([]float32, n*H)
	dxs := make([][]float32, n)
	for i := 0; i < n; i++ {
		dh := make([]float32, 2*H)
		MatVecBack(dEms[i*L:(i+1)*L], out.W, hs[i], out.G, dh)
		copy(dF[i*H:], dh[:H])
		copy(dB[i*H:], dh[H:])
		dxs[i] = make([]float32, in)
	}
	fw.Backward(&tf, dF, dxs)
	bw.Backward(&tb, dB, dxs)
	grads := make([][]float32, len(params))
	for k, p := range params {
		grads[k] = append([]float32(nil), p.G...)
	}
	for k, p := range params {
		checkGrad(t, []string{"fw.W", "fw.U", "fw.B", "bw.W", "bw.U", "bw.B", "out", "trans"}[k], p.W, grads[k], loss)
	}
	for i := range xs {
		checkGrad(t, "x", xs[i], dxs[i], loss)
	}
}

// TestSoftmaxLossGradient checks SoftmaxLoss against numeric gradients and
// that labels outside the set neither count nor get a gradient.
func TestSoftmaxLossGradient(t *testing.T) {
	for _, tt := range []struct {
		name   string
		scores []float32
		labels []uint8
		gold   uint8
	}{
		{"all labels", []float32{0.5, -1, 2, 0.1}, []uint8{0, 1, 2, 3}, 2},
		{"a subset", []float32{0.5, -1, 2, 0.1}, []uint8{0, 3}, 0},
		{"large scores", []float32{300, 1, -200, 299}, []uint8{0, 1, 3}, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := make([]float32, len(tt.scores))
			for i := range d {
				d[i] = 42 // entries outside the set stay as they are
			}
			loss := SoftmaxLoss(tt.scores, tt.labels, tt.gold, d)
			if math.IsNaN(loss) || loss < 0 {
				t.Fatalf("loss %v", loss)
			}
			g := make([]float32, len(d))
			in := map[uint8]bool{}
			for _, l := range tt.labels {
				g[l], in[l] = d[l], true
			}
			for i := range d {
				if !in[uint8(i)] && d[i] != 42 {
					t.Errorf("d[%d] = %v for a label outside the set", i, d[i])
				}
			}
			checkGrad(t, "scores", tt.scores, g, func() float64 {
				return SoftmaxLoss(tt.scores, tt.labels, tt.gold, make([]float32, len(d)))
			})
		})
	}
}
