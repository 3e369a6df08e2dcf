//go:build !amd64 || purego

package nn

const useAVX = false

const useAVX512 = false

func axpyAVX(a float32, x, y []float32) { panic("nn: no AVX kernels") }

func matVecAVX(out, w, x []float32) { panic("nn: no AVX kernels") }

func sigmoidAVX(x []float32) { panic("nn: no AVX kernels") }

func tanhAVX(x []float32) { panic("nn: no AVX kernels") }

func matVec4AVX(out, w, x []float32) { panic("nn: no AVX kernels") }

func matVecRows4AVX(out, w, x []float32) { panic("nn: no AVX kernels") }

func addInt8AVX(dst []float32, q []byte, s float32) { panic("nn: no AVX kernels") }

func addRowsInt8AVX(dst []float32, q []byte, rows []int32, scale []float32) {
	panic("nn: no AVX kernels")
}

func addInt32AVX(a, b []int32) { panic("nn: no AVX kernels") }

func mixInt32AVX(dst []float32, a []int32, ne []float32, scale, mix float32) {
	panic("nn: no AVX kernels")
}

func cellAVX(c, i, g, f, cPrev []float32) { panic("nn: no AVX kernels") }

func mulAVX(dst, x, y []float32) { panic("nn: no AVX kernels") }

func matTVecAVX512(out, wt, x []float32) { panic("nn: no AVX-512 kernels") }

func matTVec4AVX512(out, wt, x []float32) { panic("nn: no AVX-512 kernels") }
