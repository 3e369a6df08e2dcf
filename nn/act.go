package nn

// sigmoids replaces every x[i] by the logistic 1/(1+e^(−x[i])), eight at a
// time with the AVX2 kernel when there is one; a tail shorter than eight
// goes through the kernel too, padded, so every element gets the same
// arithmetic wherever it sits.
func sigmoids(x []float32) { vectorize(x, sigmoidAVX, sigmoid) }

// tanhs replaces every x[i] by tanh x[i] like sigmoids, through one
// exponential (1 − 2/(e^{2x}+1)).
func tanhs(x []float32) { vectorize(x, tanhAVX, tanhExp) }

// vectorize applies kernel to x in blocks of eight, the last one padded, or
// scalar to every element where there is no kernel.
func vectorize(x []float32, kernel func([]float32), scalar func(float32) float32) {
	if !useAVX {
		for i, v := range x {
			x[i] = scalar(v)
		}
		return
	}
	n := len(x) &^ 7
	if n > 0 {
		kernel(x[:n])
	}
	if n < len(x) {
		var buf [8]float32
		tail := copy(buf[:], x[n:])
		kernel(buf[:])
		copy(x[n:], buf[:tail])
	}
}
