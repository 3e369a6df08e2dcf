package nn

import "math/rand/v2"

// LSTM is a one-directional long short-term memory layer (gates input,
// forget, cell, output; no peepholes).
type LSTM struct {
	In, Hidden int
	W          *Param // 4H × In
	U          *Param // 4H × H
	B          *Param // 4H; the forget gate's bias starts at 1
	// Fast makes Forward compute its activations eight at a time with
	// vectorized exponentials (a few float32 ulps from math.Exp and
	// math.Tanh): for inference; training keeps the exact functions, so
	// that it reproduces shipped models bit for bit.
	Fast bool
	// wt and ut hold W and U transposed for the AVX-512 kernels, in a
	// decoded layer on a CPU that has them (Decoder.LSTM), or nil.
	wt, ut *MatT
}

// NewLSTM returns an LSTM with weights drawn uniformly from ±1/√H.
func NewLSTM(in, hidden int, rng *rand.Rand) *LSTM {
	s := 1 / sqrt32(float32(hidden))
	l := &LSTM{In: in, Hidden: hidden,
		W: NewParam(4*hidden*in, s, rng),
		U: NewParam(4*hidden*hidden, s, rng),
		B: NewParam(4*hidden, 0, rng),
	}
	for i := hidden; i < 2*hidden; i++ {
		l.B.W[i] = 1
	}
	return l
}

// Params returns the trainable parameters.
func (l *LSTM) Params() []*Param { return []*Param{l.W, l.U, l.B} }

// LSTMTape keeps what one forward pass over a sequence computed, for the
// backward pass; it is reused from sequence to sequence.
type LSTMTape struct {
	n       int
	reverse bool
	x       [][]float32 // inputs (not copied)
	xs      []float32   // the inputs end to end, for the batched products
	gates   []float32   // n×4H activations i, f, g, o
	c, tc   []float32   // n×H cell states and their tanh
	H       []float32   // n×H outputs, in sequence order
}

// Len returns the number of steps of the pass.
func (tp *LSTMTape) Len() int { return tp.n }

// Out returns the output of step t (in sequence order).
func (tp *LSTMTape) Out(t int, hidden int) []float32 { return tp.H[t*hidden : (t+1)*hidden] }

// Grow returns n zeroed elements, in s's array when it is large enough: for
// buffers reused from one sentence to the next.
func Grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Resize is Grow without the zeroing: n elements, in s's array when it is
// large enough, holding whatever they held; for buffers the caller
// overwrites whole before reading them.
func Resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Forward runs the layer over xs (read right to left when reverse) and
// records the pass in tp; the outputs are tp.H, one row per position of xs.
func (l *LSTM) Forward(xs [][]float32, reverse bool, tp *LSTMTape) {
	n := len(xs)
	tp.x = xs
	tp.gates = Resize(tp.gates, n*4*l.Hidden) // InputGates writes it whole
	// The input part of every step first, for all steps together.
	tp.xs = Grow(tp.xs, n*l.In)
	for t, x := range xs {
		copy(tp.xs[t*l.In:(t+1)*l.In], x)
	}
	l.InputGates(tp.gates, tp.xs)
	l.recur(n, reverse, tp)
}

// InputGates writes into gates the input part of the gate pre-activations,
// B + W·x, of each input x of xs = x₀x₁… (In floats each): 4·Hidden floats
// an input, the bits Forward computes for it whatever the inputs around it.
func (l *LSTM) InputGates(gates, xs []float32) {
	G := 4 * l.Hidden
	n := len(xs) / l.In
	for t := range n {
		copy(gates[t*G:(t+1)*G], l.B.W)
	}
	if l.wt != nil && l.wt.stride == G {
		l.wt.MulVecs(gates[:n*G], xs, nil)
		return
	}
	matVecs(gates[:n*G], l.W.W, xs, l.In)
}

// BiInputGates computes the input part of the gates (InputGates) of fw and
// bw for each input of xs = x₀x₁… (fw.In floats each), in buf's array
// (returned), and calls fn with each input's index and its forward and
// backward gates (4·Hidden floats each, valid until buf is reused).
func BiInputGates(fw, bw *LSTM, xs, buf []float32, fn func(j int, f, b []float32)) []float32 {
	m := len(xs) / fw.In
	G := 4 * fw.Hidden
	buf = Resize(buf, 2*m*G) // InputGates writes it whole
	fg, bg := buf[:m*G], buf[m*G:]
	fw.InputGates(fg, xs)
	bw.InputGates(bg, xs)
	for j := range m {
		fn(j, fg[j*G:(j+1)*G], bg[j*G:(j+1)*G])
	}
	return buf
}

// ForwardGates is Forward given the input part of the gates of every step
// (n×4·Hidden, as InputGates computes them), for inference: tp records no
// inputs, so Backward cannot follow. The activations overwrite gates, which
// tp keeps: the caller must not write to it while it reads tp.
func (l *LSTM) ForwardGates(gates []float32, reverse bool, tp *LSTMTape) {
	n := len(gates) / (4 * l.Hidden)
	tp.x, tp.xs = nil, tp.xs[:0]
	tp.gates = gates
	l.recur(n, reverse, tp)
}

// recur runs the recurrent part of Forward over the n steps whose input
// gates are in tp.gates.
func (l *LSTM) recur(n int, reverse bool, tp *LSTMTape) {
	H := l.Hidden
	tp.n, tp.reverse = n, reverse
	// Every step writes its rows of c, tc and H whole.
	tp.c = Resize(tp.c, n*H)
	tp.tc = Resize(tp.tc, n*H)
	tp.H = Resize(tp.H, n*H)
	var hPrev, cPrev []float32
	for s := 0; s < n; s++ {
		t := s
		if reverse {
			t = n - 1 - s
		}
		z := tp.gates[t*4*H : (t+1)*4*H]
		switch {
		case hPrev == nil:
		case l.ut != nil && l.ut.stride == len(z):
			matTVecAVX512(z, l.ut.wt, hPrev)
		default:
			MatVec(z, l.U.W, hPrev)
		}
		c, tc, h := tp.c[t*H:(t+1)*H], tp.tc[t*H:(t+1)*H], tp.H[t*H:(t+1)*H]
		if l.Fast {
			fastStep(z, cPrev, c, tc, h)
			hPrev, cPrev = h, c
			continue
		}
		for j := 0; j < H; j++ {
			i, f, g, o := sigmoid(z[j]), sigmoid(z[H+j]), tanh(z[2*H+j]), sigmoid(z[3*H+j])
			z[j], z[H+j], z[2*H+j], z[3*H+j] = i, f, g, o
			cj := i * g
			if cPrev != nil {
				cj += f * cPrev[j]
			}
			c[j] = cj
			tc[j] = tanh(cj)
			h[j] = o * tc[j]
		}
		hPrev, cPrev = h, c
	}
}

// fastStep is one step of Forward with vectorized activations: z holds the
// step's four gate pre-activations (input, forget, cell, output; H each) and
// receives their activations; c, tc and h receive the cell state, its tanh
// and the output. cPrev is nil at the first step.
func fastStep(z, cPrev, c, tc, h []float32) {
	H := len(c)
	sigmoids(z[:2*H])
	tanhs(z[2*H : 3*H])
	sigmoids(z[3*H:])
	i, f, g, o := z[:H], z[H:2*H], z[2*H:3*H], z[3*H:4*H]
	cellStates(c, i, g, f, cPrev)
	copy(tc, c)
	tanhs(tc)
	products(h, o, tc)
}

// cellStates writes into c[j] i[j]·g[j] + f[j]·cPrev[j] (i[j]·g[j] when
// cPrev is nil), each product and the sum rounded to float32 as the scalar
// expression rounds them: eight at a time with AVX (the same operations,
// no fused multiply-add), the rest one by one. i, g, f and cPrev hold at
// least len(c) floats.
func cellStates(c, i, g, f, cPrev []float32) {
	if cPrev == nil {
		products(c, i, g)
		return
	}
	j := 0
	if useAVX {
		j = len(c) &^ 7
		cellAVX(c, i, g, f, cPrev)
	}
	for ; j < len(c); j++ {
		cj := i[j] * g[j]
		cj += f[j] * cPrev[j]
		c[j] = cj
	}
}

// products writes x[j]·y[j] into dst[j], eight at a time with AVX; x and y
// hold at least len(dst) floats.
func products(dst, x, y []float32) {
	j := 0
	if useAVX {
		j = len(dst) &^ 7
		mulAVX(dst, x, y)
	}
	for ; j < len(dst); j++ {
		dst[j] = x[j] * y[j]
	}
}

// Backward accumulates the gradients of the pass recorded in tp, given the
// gradient dH of the loss with respect to its outputs (n×H), and adds the
// gradient with respect to each input to dxs (rows may be nil to skip).
func (l *LSTM) Backward(tp *LSTMTape, dH []float32, dxs [][]float32) {
	n, H := tp.n, l.Hidden
	dh := make([]float32, H)
	dc := make([]float32, H)
	dz := make([]float32, 4*H)
	dhPrev := make([]float32, H)
	for s := n - 1; s >= 0; s-- {
		t := s
		prev := t - 1
		if tp.reverse {
			t = n - 1 - s
			prev = t + 1
		}
		first := s == 0
		for j := range dh {
			dh[j] += dH[t*H+j]
		}
		z := tp.gates[t*4*H : (t+1)*4*H]
		tc := tp.tc[t*H : (t+1)*H]
		for j := 0; j < H; j++ {
			i, f, g, o := z[j], z[H+j], z[2*H+j], z[3*H+j]
			dcj := dc[j] + dh[j]*o*(1-tc[j]*tc[j])
			do := dh[j] * tc[j]
			var cp float32
			if !first {
				cp = tp.c[prev*H+j]
			}
			dz[j] = dcj * g * i * (1 - i)
			dz[H+j] = dcj * cp * f * (1 - f)
			dz[2*H+j] = dcj * i * (1 - g*g)
			dz[3*H+j] = do * o * (1 - o)
			dc[j] = dcj * f
		}
		axpy(1, dz, l.B.G)
		MatVecBack(dz, l.W.W, tp.x[t], l.W.G, dxs[t])
		clear(dhPrev)
		if !first {
			MatVecBack(dz, l.U.W, tp.H[prev*H:(prev+1)*H], l.U.G, dhPrev)
		}
		dh, dhPrev = dhPrev, dh
	}
}

// AppendInt8 appends the layer's weights for a model file: W and U
// int8-quantized by rows (AppendInt8Rows), then B as float32.
func (l *LSTM) AppendInt8(b []byte) []byte {
	b = AppendInt8Rows(b, l.W.W, l.In)
	b = AppendInt8Rows(b, l.U.W, l.Hidden)
	return AppendFloat32s(b, l.B.W)
}

// LSTM reads a layer of in inputs and hidden units written by
// LSTM.AppendInt8, for inference (Fast). It returns nil when Err is set.
func (d *Decoder) LSTM(in, hidden int) *LSTM {
	l := &LSTM{In: in, Hidden: hidden,
		W:    &Param{W: d.Int8Rows(4*hidden, in)},
		U:    &Param{W: d.Int8Rows(4*hidden, hidden)},
		B:    &Param{W: d.Float32s(4 * hidden)},
		Fast: true,
	}
	if d.err != nil {
		return nil
	}
	l.wt = NewMatT(l.W.W, 4*hidden, in)
	l.ut = NewMatT(l.U.W, 4*hidden, hidden)
	return l
}
