package nn

import (
	"math"
	"testing"
)

// TestActivations checks the vectorized logistic and tanh against float64
// references over the whole range, the tails and the clamped extremes.
func TestActivations(t *testing.T) {
	var xs []float32
	for x := -100.0; x <= 100; x += 0.0371 {
		xs = append(xs, float32(x))
	}
	xs = append(xs, 0, -0, 1e-8, -1e-8, 88, -88, 1e30, -1e30, float32(math.Inf(1)), float32(math.Inf(-1)))
	for _, tt := range []struct {
		name string
		f    func([]float32)
		want func(float64) float64
	}{
		{"sigmoid", sigmoids, func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }},
		{"tanh", tanhs, math.Tanh},
	} {
		// every length up to 17 exercises the padded tail; then all of xs
		lengths := []int{len(xs)}
		for n := 0; n <= 17; n++ {
			lengths = append(lengths, n)
		}
		for _, n := range lengths {
			got := append([]float32(nil), xs[:n]...)
			tt.f(got)
			for i, g := range got {
				if w := tt.want(float64(xs[i])); math.Abs(float64(g)-w) > 2e-7+1e-6*math.Abs(w) {
					t.Fatalf("%s(%g) len %d = %g, want %g", tt.name, xs[i], n, g, w)
				}
			}
		}
	}
}

func BenchmarkActivations(b *testing.B) {
	x := make([]float32, 256)
	for b.Loop() {
		for i := range x {
			x[i] = float32(i%17) - 8
		}
		sigmoids(x)
	}
}
