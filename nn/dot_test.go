package nn

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestKernels checks dot, axpy and axpy2 (the assembly ones where the CPU
// has them) against plain loops, for lengths around the vector widths.
func TestKernels(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	vec := func(n int) []float32 { return randVec(rng, n) }
	for n := 0; n <= 70; n++ {
		a, b := vec(n), vec(n+3) // b longer than a: only len(a) counts
		var want float64
		for i := range a {
			want += float64(a[i] * b[i])
		}
		if got := dot(a, b); math.Abs(float64(got)-want) > 1e-4 {
			t.Errorf("dot n=%d: %v, want %v", n, got, want)
		}
		y, z := vec(n), vec(n)
		wy, wz := append([]float32(nil), y...), append([]float32(nil), z...)
		for i := range a {
			wy[i] += 0.5 * a[i]
			wz[i] += 0.5 * b[i]
		}
		axpy2(0.5, a, y, b[:n], z)
		for i := range y {
			if math.Abs(float64(y[i]-wy[i])) > 1e-5 || math.Abs(float64(z[i]-wz[i])) > 1e-5 {
				t.Fatalf("axpy2 n=%d at %d: %v %v, want %v %v", n, i, y[i], z[i], wy[i], wz[i])
			}
		}
	}
}

func BenchmarkMatVec(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	w := NewParam(256*128, 1, rng).W
	x := NewParam(128, 1, rng).W
	out := make([]float32, 256)
	for b.Loop() {
		MatVec(out, w, x)
	}
	b.ReportMetric(float64(b.N)*256*128/b.Elapsed().Seconds()/1e9, "GMAC/s")
}

// TestMatVec checks that MatVec sums each row exactly as dot does.
func TestMatVec(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 7, 8, 15, 16, 17, 64, 128, 131} {
		rows := 5
		w := NewParam(rows*n, 1, rng).W
		x := NewParam(n, 1, rng).W
		out := NewParam(rows, 1, rng).W
		want := append([]float32(nil), out...)
		for r := range want {
			want[r] += dot(w[r*n:(r+1)*n], x)
		}
		MatVec(out, w, x)
		for r := range out {
			if out[r] != want[r] {
				t.Fatalf("n=%d row %d: %v, want %v", n, r, out[r], want[r])
			}
		}
	}
}

// TestTanhExp checks the inference tanh against math.Tanh.
func TestTanhExp(t *testing.T) {
	for x := float32(-30); x <= 30; x += 0.0137 {
		if got, want := tanhExp(x), tanh(x); math.Abs(float64(got-want)) > 1e-6 {
			t.Fatalf("tanhExp(%v) = %v, want %v", x, got, want)
		}
	}
}

// TestMatVecs checks that the batched products give MatVec's bits for every
// pair, whatever the number of inputs and their length.
func TestMatVecs(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 7, 8, 16, 24, 40, 128} {
		for inputs := 0; inputs <= 9; inputs++ {
			m := 1 + rng.IntN(20)
			w := randVec(rng, m*n)
			x := randVec(rng, inputs*n)
			got := randVec(rng, inputs*m)
			want := append([]float32(nil), got...)
			matVecs(got, w, x, n)
			for k := range inputs {
				MatVec(want[k*m:(k+1)*m], w, x[k*n:(k+1)*n])
			}
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("n %d, %d inputs, m %d: out[%d] = %g, want %g", n, inputs, m, i, got[i], want[i])
				}
			}
		}
	}
}

// randVec returns n floats drawn uniformly from [−1, 1).
func randVec(rng *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = rng.Float32()*2 - 1
	}
	return v
}

// TestMatVecRows4 checks that MatVec's four-row kernel gives the bits of
// the one-row kernel.
func TestMatVecRows4(t *testing.T) {
	if !useAVX {
		t.Skip("no AVX2/FMA kernels on this CPU or build")
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{8, 16, 24, 64, 136, 144} {
		for m := 1; m <= 13; m++ {
			w, x := randVec(rng, m*n), randVec(rng, n)
			got := randVec(rng, m)
			want := append([]float32(nil), got...)
			MatVec(got, w, x)
			matVecAVX(want, w, x)
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("n %d, m %d: out[%d] = %g, want %g", n, m, i, got[i], want[i])
				}
			}
		}
	}
}

// TestInt8Table checks that a table read without expanding gives the rows
// Int8Rows gives and writes back the bytes it was read from.
func TestInt8Table(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	const rows, n = 7, 12
	w := randVec(rng, rows*n)
	clear(w[3*n : 4*n]) // a zero row has scale 0
	b := AppendInt8Rows(nil, w, n)
	full := NewDecoder(b).Int8Rows(rows, n)
	tab := NewDecoder(b).Int8Table(rows, n)
	if full == nil || tab == nil {
		t.Fatal("decoding failed")
	}
	got := make([]float32, n)
	for r := range rows {
		tab.CopyRow(got, int32(r))
		if !slices.Equal(got, full[r*n:(r+1)*n]) {
			t.Fatalf("row %d: %v, want %v", r, got, full[r*n:(r+1)*n])
		}
		tab.AddRow(got, int32(r))
		for j := range got {
			if got[j] != 2*full[r*n+j] {
				t.Fatalf("row %d added twice: %v", r, got)
			}
		}
		// onto any vector, the bits of adding the expanded row (Add)
		x := randVec(rng, n)
		y := slices.Clone(x)
		tab.AddRow(x, int32(r))
		Add(y, full[r*n:(r+1)*n])
		for j := range y {
			if math.Float32bits(x[j]) != math.Float32bits(y[j]) {
				t.Fatalf("row %d onto a vector: %v, want %v", r, x, y)
			}
		}
	}
	if again := tab.Append(nil); !bytes.Equal(again, b) {
		t.Error("Append does not give back the bytes read")
	}
	if NewDecoder(b[:len(b)-1]).Int8Table(rows, n) != nil {
		t.Error("a truncated table was read")
	}
}

// TestAddRowsSameBits checks AddRows against AddRow row after row, and
// CopyRow against the scalar product, for rows of 64 and 128 weights (the
// AVX kernel) and of 12 (the loop), zero rows included; and AddInt32s
// against the scalar sum.
func TestAddRowsSameBits(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{12, 64, 128} {
		const rows = 9
		w := randVec(rng, rows*n)
		clear(w[2*n : 3*n])
		tab := NewDecoder(AppendInt8Rows(nil, w, n)).Int8Table(rows, n)
		for trial := range 50 {
			rs := make([]int32, trial%12)
			for i := range rs {
				rs[i] = int32(rng.IntN(rows))
			}
			got := randVec(rng, n)
			want := slices.Clone(got)
			tab.AddRows(got, rs)
			for _, r := range rs {
				tab.AddRow(want, r)
			}
			for j := range got {
				if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
					t.Fatalf("n %d, rows %v: [%d] %g, want %g", n, rs, j, got[j], want[j])
				}
			}
		}
		for r := range rows {
			got := make([]float32, n)
			tab.CopyRow(got, int32(r))
			for j, b := range tab.q[r*n : (r+1)*n] {
				if want := float32(int8(b)) * tab.scale[r]; math.Float32bits(got[j]) != math.Float32bits(want) {
					t.Fatalf("n %d, CopyRow %d: [%d] %g, want %g", n, r, j, got[j], want)
				}
			}
		}
	}
	for n := range 40 {
		a, b := make([]int32, n), make([]int32, n+3)
		for i := range a {
			a[i] = rng.Int32() - 1<<30
		}
		for i := range b {
			b[i] = rng.Int32() - 1<<30
		}
		want := slices.Clone(a)
		for i := range want {
			want[i] += b[i]
		}
		AddInt32s(a, b)
		if !slices.Equal(a, want) {
			t.Fatalf("AddInt32s, n %d: %v, want %v", n, a, want)
		}
	}
}

// TestTransposedKernels checks the AVX-512 products of inference's LSTMs
// (where the CPU has them) against float64 sums, and that a product's bits
// do not depend on how many inputs a call takes.
func TestTransposedKernels(t *testing.T) {
	if !useAVX512 {
		t.Skip("no AVX-512 on this CPU")
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for _, m := range []int{1, 59, 64, 128, 200, 256, 320, 512} {
		for _, n := range []int{1, 7, 64, 256} {
			for _, inputs := range []int{1, 3, 4, 5, 9} {
				w := randVec(rng, m*n) // m×n, row-major
				wt := NewMatT(w, m, n)
				x := randVec(rng, inputs*n)
				init := randVec(rng, inputs*m)
				got := slices.Clone(init)
				wt.MulVecs(got, x, nil)
				for k := range inputs {
					one := slices.Clone(init[k*m : (k+1)*m])
					wt.MulVecs(one, x[k*n:(k+1)*n], nil)
					if !slices.Equal(one, got[k*m:(k+1)*m]) {
						t.Fatalf("m=%d n=%d inputs=%d: input %d differs alone", m, n, inputs, k)
					}
					for r := range m {
						want := float64(init[k*m+r])
						for j := range n {
							want += float64(w[r*n+j]) * float64(x[k*n+j])
						}
						if d := math.Abs(float64(got[k*m+r]) - want); d > 1e-4*(1+math.Abs(want)) {
							t.Fatalf("m=%d n=%d inputs=%d: out[%d][%d] = %v, want %v", m, n, inputs, k, r, got[k*m+r], want)
						}
					}
				}
			}
		}
	}
}

// BenchmarkLSTMProducts times the products of an inference LSTM of the NER
// model's sizes (256 inputs, 64 hidden units: 256 gate rows): the input
// gates of eight tokens and one step of the recurrence, by the AVX2
// row-major kernels and, where the CPU has AVX-512, by the transposed ones
// (MatT).
func BenchmarkLSTMProducts(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	const in, hidden, tokens = 256, 64, 8
	G := 4 * hidden
	w := NewParam(G*in, 1, rng).W
	u := NewParam(G*hidden, 1, rng).W
	xs := NewParam(tokens*in, 1, rng).W
	h := NewParam(hidden, 1, rng).W
	out := make([]float32, tokens*G)
	z := make([]float32, G)
	gmacs := func(b *testing.B, n int) {
		b.ReportMetric(float64(b.N)*float64(n)/b.Elapsed().Seconds()/1e9, "GMAC/s")
	}
	b.Run("gates/rows", func(b *testing.B) {
		for b.Loop() {
			MatVecs(out, w, xs, in)
		}
		gmacs(b, tokens*G*in)
	})
	b.Run("step/rows", func(b *testing.B) {
		for b.Loop() {
			MatVec(z, u, h)
		}
		gmacs(b, G*hidden)
	})
	wt, ut := NewMatT(w, G, in), NewMatT(u, G, hidden)
	if wt == nil {
		b.Skip("no AVX-512 on this CPU")
	}
	b.Run("gates/transposed", func(b *testing.B) {
		for b.Loop() {
			wt.MulVecs(out, xs, nil)
		}
		gmacs(b, tokens*G*in)
	})
	b.Run("step/transposed", func(b *testing.B) {
		for b.Loop() {
			ut.MulVecs(z, h, nil)
		}
		gmacs(b, G*hidden)
	})
}

// TestMixInt32sSameBits checks MixInt32s (the AVX kernel and its tail)
// against the scalar expression with each rounding written out, for every
// length up to 70 and integers from small to beyond 2²⁴ (where the
// conversion itself rounds).
func TestMixInt32sSameBits(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for n := range 71 {
		for trial := range 20 {
			a := make([]int32, n)
			ne := make([]float32, n+3)
			for i := range a {
				bits := uint(4 + trial)
				if trial == 19 {
					bits = 31
				}
				a[i] = int32(rng.Int64N(1<<bits) - 1<<(bits-1))
			}
			for i := range ne {
				ne[i] = float32(rng.NormFloat64() * 10)
			}
			scale := float32(rng.Float64() / 997)
			mix := float32(rng.Float64())
			dst := make([]float32, n)
			MixInt32s(dst, a, ne, scale, mix)
			for j := range dst {
				p := float32(float32(a[j]) * scale)
				want := float32(float32(mix*p) + ne[j])
				if math.Float32bits(dst[j]) != math.Float32bits(want) {
					t.Fatalf("n %d, [%d]: %v, want %v", n, j, dst[j], want)
				}
			}
		}
	}
}

// TestCellStatesSameBits checks cellStates and products (the AVX kernels
// and their tails) against the scalar expressions with each rounding
// written out, for every length up to 70, with and without a previous
// cell state.
func TestCellStatesSameBits(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	for n := range 71 {
		for trial := range 10 {
			i, g, f, cp := randVec(rng, n+2), randVec(rng, n+2), randVec(rng, n+2), randVec(rng, n+2)
			for k := range i {
				i[k] *= float32(trial + 1)
				cp[k] *= 1e3
			}
			c := make([]float32, n)
			cellStates(c, i, g, f, cp)
			for j := range c {
				want := float32(float32(i[j]*g[j]) + float32(f[j]*cp[j]))
				if math.Float32bits(c[j]) != math.Float32bits(want) {
					t.Fatalf("n %d, [%d]: %v, want %v", n, j, c[j], want)
				}
			}
			cellStates(c, i, g, f, nil)
			for j := range c {
				if want := float32(i[j] * g[j]); math.Float32bits(c[j]) != math.Float32bits(want) {
					t.Fatalf("n %d, no previous state, [%d]: %v, want %v", n, j, c[j], want)
				}
			}
		}
	}
}
