//go:build !purego

#include "textflag.h"

// func axpyAVX(a float32, x, y []float32)
TEXT ·axpyAVX(SB), NOSPLIT, $0-56
	VBROADCASTSS a+0(FP), Y0
	MOVQ x_base+8(FP), SI
	MOVQ x_len+16(FP), CX
	MOVQ y_base+32(FP), DI

loop8:
	CMPQ CX, $8
	JL   tail1
	VMOVUPS (DI), Y1
	VFMADD231PS (SI), Y0, Y1
	VMOVUPS Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  loop8

tail1:
	CMPQ CX, $0
	JE   done
	VMOVSS (DI), X1
	VFMADD231SS (SI), X0, X1
	VMOVSS X1, (DI)
	ADDQ $4, SI
	ADDQ $4, DI
	DECQ CX
	JMP  tail1

done:
	VZEROUPPER
	RET

// func matVecAVX(out, w, x []float32)
// out[r] += Σ_j w[r·n+j]·x[j] for every r, n = len(x): two 8-wide FMA
// accumulators over 16-element blocks, one more 8-wide block, a horizontal
// sum, then the scalar tail. The shipped neural model was trained with this
// order; changing it changes the bits of a retrained model.
TEXT ·matVecAVX(SB), NOSPLIT, $0-72
	MOVQ out_base+0(FP), DX
	MOVQ out_len+8(FP), R8
	MOVQ w_base+24(FP), SI
	MOVQ x_base+48(FP), R9
	MOVQ x_len+56(FP), R10

row:
	CMPQ R8, $0
	JE   end
	MOVQ R9, DI
	MOVQ R10, CX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1

mloop16:
	CMPQ CX, $16
	JL   mtail8
	VMOVUPS (SI), Y2
	VMOVUPS 32(SI), Y3
	VFMADD231PS (DI), Y2, Y0
	VFMADD231PS 32(DI), Y3, Y1
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  mloop16

mtail8:
	CMPQ CX, $8
	JL   mreduce
	VMOVUPS (SI), Y2
	VFMADD231PS (DI), Y2, Y0
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX

mreduce:
	VADDPS       Y1, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPS       X1, X0, X0
	VHADDPS      X0, X0, X0
	VHADDPS      X0, X0, X0

mtail1:
	CMPQ CX, $0
	JE   mstore
	VMOVSS (SI), X2
	VFMADD231SS (DI), X2, X0
	ADDQ $4, SI
	ADDQ $4, DI
	DECQ CX
	JMP  mtail1

mstore:
	VADDSS (DX), X0, X0
	VMOVSS X0, (DX)
	ADDQ   $4, DX
	DECQ   R8
	JMP    row

end:
	VZEROUPPER
	RET
