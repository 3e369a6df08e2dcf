//go:build !purego

package nn

import "golang.org/x/sys/cpu"

// useAVX selects the AVX2/FMA kernels of dot_amd64.s.
var useAVX = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// dotAVX returns Σ a[i]·b[i]; len(b) ≥ len(a).
//
//go:noescape
func dotAVX(a, b []float32) float32

// axpyAVX adds a·x to y; len(y) ≥ len(x).
//
//go:noescape
func axpyAVX(a float32, x, y []float32)

// matVecAVX adds w·x to out, w being len(out)×len(x) row-major; each
// element is summed exactly as dotAVX sums it.
//
//go:noescape
func matVecAVX(out, w, x []float32)
