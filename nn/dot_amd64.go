//go:build !purego

package nn

import "golang.org/x/sys/cpu"

// useAVX selects the AVX2/FMA kernels of dot_amd64.s.
var useAVX = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// useAVX512 selects the AVX-512 kernels of dot512_amd64.s, the products
// of inference's LSTMs (LSTM.transposed).
var useAVX512 = useAVX && cpu.X86.HasAVX512F

// axpyAVX adds a·x to y; len(y) ≥ len(x).
//
//go:noescape
func axpyAVX(a float32, x, y []float32)

// matVecAVX adds w·x to out, w being len(out)×len(x) row-major.
//
//go:noescape
func matVecAVX(out, w, x []float32)

// sigmoidAVX replaces every x[i] by 1/(1+e^(−x[i])); len(x) is a multiple of 8.
//
//go:noescape
func sigmoidAVX(x []float32)

// tanhAVX replaces every x[i] by tanh x[i]; len(x) is a multiple of 8.
//
//go:noescape
func tanhAVX(x []float32)

// matVec4AVX is matVecAVX for four inputs laid end to end in x, adding into
// four outputs laid end to end in out; len(x)/4 is a multiple of 8.
//
//go:noescape
func matVec4AVX(out, w, x []float32)

// matVecRows4AVX is matVecAVX for len(out) a multiple of 4 and len(x) a
// multiple of 8, four rows per pass over x, with the same sums.
//
//go:noescape
func matVecRows4AVX(out, w, x []float32)

// addInt8AVX adds float32(int8(q[j]))·s to dst[j] for the first len(q)&^7
// elements; len(dst) ≥ len(q).
//
//go:noescape
func addInt8AVX(dst []float32, q []byte, s float32)

// addRowsInt8AVX adds to dst, len(dst) = n a multiple of 64, the rows
// q[r·n:(r+1)·n] of rows in order, each as addInt8AVX adds it with scale[r];
// every r must be a row of q and of scale.
//
//go:noescape
func addRowsInt8AVX(dst []float32, q []byte, rows []int32, scale []float32)

// addInt32AVX adds b[j] to a[j] for the first len(a)&^7 elements; len(b) ≥
// len(a).
//
//go:noescape
func addInt32AVX(a, b []int32)

// mixInt32AVX writes float32(a[j])·scale·mix + ne[j] into dst[j], rounding
// after each operation, for the first len(dst)&^7 elements; len(a) and
// len(ne) ≥ len(dst).
//
//go:noescape
func mixInt32AVX(dst []float32, a []int32, ne []float32, scale, mix float32)

// cellAVX writes i[j]·g[j] + f[j]·cPrev[j] into c[j], rounding after each
// operation, for the first len(c)&^7 elements; the others hold at least
// len(c) floats.
//
//go:noescape
func cellAVX(c, i, g, f, cPrev []float32)

// mulAVX writes x[j]·y[j] into dst[j] for the first len(dst)&^7 elements;
// x and y hold at least len(dst) floats.
//
//go:noescape
func mulAVX(dst, x, y []float32)

// matTVecAVX512 adds to out[r] Σ_j x[j]·wt[j·len(out)+r], summed j by j
// with one rounding a step (fused multiply-add); len(out) is a multiple of
// 64 and wt holds len(x) rows of len(out).
//
//go:noescape
func matTVecAVX512(out, wt, x []float32)

// matTVec4AVX512 is matTVecAVX512 for four inputs laid end to end in x,
// adding into four outputs laid end to end in out, with the same sums.
//
//go:noescape
func matTVec4AVX512(out, wt, x []float32)
