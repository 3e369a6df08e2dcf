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

// The four-way kernels below share their inner loops: ZERO8 clears the
// eight accumulators Y0–Y7 (two per way); FMA16x4(L, F) loads 16 floats
// at L into Y8, Y9 and adds their products with the 16 floats at F, F+R11,
// F+2·R11 and F+R13 (R13 = 3·R11) into way 0 (Y0, Y1) … way 3 (Y6, Y7);
// FMA8x4 does the same for 8 floats, into the first accumulator of each way.
#define ZERO8 \
	VXORPS Y0, Y0, Y0; \
	VXORPS Y1, Y1, Y1; \
	VXORPS Y2, Y2, Y2; \
	VXORPS Y3, Y3, Y3; \
	VXORPS Y4, Y4, Y4; \
	VXORPS Y5, Y5, Y5; \
	VXORPS Y6, Y6, Y6; \
	VXORPS Y7, Y7, Y7

#define FMA16x4(L, F) \
	VMOVUPS     (L), Y8; \
	VMOVUPS     32(L), Y9; \
	VFMADD231PS (F), Y8, Y0; \
	VFMADD231PS 32(F), Y9, Y1; \
	VFMADD231PS (F)(R11*1), Y8, Y2; \
	VFMADD231PS 32(F)(R11*1), Y9, Y3; \
	VFMADD231PS (F)(R11*2), Y8, Y4; \
	VFMADD231PS 32(F)(R11*2), Y9, Y5; \
	VFMADD231PS (F)(R13*1), Y8, Y6; \
	VFMADD231PS 32(F)(R13*1), Y9, Y7

#define FMA8x4(L, F) \
	VMOVUPS     (L), Y8; \
	VFMADD231PS (F), Y8, Y0; \
	VFMADD231PS (F)(R11*1), Y8, Y2; \
	VFMADD231PS (F)(R11*2), Y8, Y4; \
	VFMADD231PS (F)(R13*1), Y8, Y6

// REDUCE1 adds the eight lanes of A+B as matVecAVX does (A+B, high half
// onto low, two horizontal adds) and adds the sum to the float at OUT; XA
// is A's low half.
#define REDUCE1(A, B, XA, OUT) \
	VADDPS       B, A, A; \
	VEXTRACTF128 $1, A, X8; \
	VADDPS       X8, XA, XA; \
	VHADDPS      XA, XA, XA; \
	VHADDPS      XA, XA, XA; \
	VADDSS       OUT, XA, XA; \
	VMOVSS       XA, OUT

// func matVec4AVX(out, w, x []float32)
// For four inputs at once, x = x₀x₁x₂x₃ (n = len(x)/4 each, a multiple of
// 8) and out = o₀o₁o₂o₃ (m = len(out)/4 rows each): o_k[r] += w[r]·x_k. Each
// row of w is loaded once for the four inputs; every sum is formed exactly
// as matVecAVX forms it, so the results are the same bits.
TEXT ·matVec4AVX(SB), NOSPLIT, $0-72
	MOVQ out_base+0(FP), DX
	MOVQ out_len+8(FP), R8
	SHRQ $2, R8
	MOVQ R8, R12
	SHLQ $2, R12
	LEAQ (R12)(R12*2), BX
	MOVQ w_base+24(FP), SI
	MOVQ x_base+48(FP), R9
	MOVQ x_len+56(FP), R10
	SHRQ $2, R10
	MOVQ R10, R11
	SHLQ $2, R11
	LEAQ (R11)(R11*2), R13

row4:
	CMPQ R8, $0
	JE   end4
	MOVQ R9, DI
	MOVQ R10, CX
	ZERO8

loop16x4:
	CMPQ CX, $16
	JL   tail8x4
	FMA16x4(SI, DI)
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  loop16x4

tail8x4:
	CMPQ CX, $8
	JL   reduce4
	FMA8x4(SI, DI)
	ADDQ $32, SI

reduce4:
	REDUCE1(Y0, Y1, X0, (DX))
	REDUCE1(Y2, Y3, X2, (DX)(R12*1))
	REDUCE1(Y4, Y5, X4, (DX)(R12*2))
	REDUCE1(Y6, Y7, X6, (DX)(BX*1))
	ADDQ $4, DX
	DECQ R8
	JMP  row4

end4:
	VZEROUPPER
	RET

// func matVecRows4AVX(out, w, x []float32)
// matVecAVX for len(out) a multiple of 4 and len(x) a multiple of 8: four
// rows at a time, each x block loaded once for the four. Each row keeps its
// own two accumulators and the four are reduced by the same pairings as
// matVecAVX's, so every sum has the same bits.
TEXT ·matVecRows4AVX(SB), NOSPLIT, $0-72
	MOVQ out_base+0(FP), DX
	MOVQ out_len+8(FP), R8
	SHRQ $2, R8
	MOVQ w_base+24(FP), SI
	MOVQ x_base+48(FP), R9
	MOVQ x_len+56(FP), R10
	MOVQ R10, R11
	SHLQ $2, R11
	LEAQ (R11)(R11*2), R13

rows4:
	CMPQ R8, $0
	JE   endr4
	MOVQ R9, DI
	MOVQ SI, AX
	MOVQ R10, CX
	ZERO8

r4loop16:
	CMPQ CX, $16
	JL   r4tail8
	FMA16x4(DI, AX)
	ADDQ $64, AX
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  r4loop16

r4tail8:
	CMPQ CX, $8
	JL   r4reduce
	FMA8x4(DI, AX)

r4reduce:
	VADDPS       Y1, Y0, Y0
	VEXTRACTF128 $1, Y0, X8
	VADDPS       X8, X0, X0
	VADDPS       Y3, Y2, Y2
	VEXTRACTF128 $1, Y2, X8
	VADDPS       X8, X2, X2
	VADDPS       Y5, Y4, Y4
	VEXTRACTF128 $1, Y4, X8
	VADDPS       X8, X4, X4
	VADDPS       Y7, Y6, Y6
	VEXTRACTF128 $1, Y6, X8
	VADDPS       X8, X6, X6
	VHADDPS      X2, X0, X0
	VHADDPS      X6, X4, X4
	VHADDPS      X4, X0, X0
	VADDPS       (DX), X0, X0
	VMOVUPS      X0, (DX)
	ADDQ $16, DX
	LEAQ (SI)(R11*4), SI
	DECQ R8
	JMP  rows4

endr4:
	VZEROUPPER
	RET

// func addInt8AVX(dst []float32, q []byte, s float32)
// dst[j] += float32(int8(q[j]))·s for the first len(q)&^7 elements, the
// product rounded before the sum as the scalar loop does it.
TEXT ·addInt8AVX(SB), NOSPLIT, $0-52
	MOVQ         dst_base+0(FP), DI
	MOVQ         q_base+24(FP), SI
	MOVQ         q_len+32(FP), CX
	VBROADCASTSS s+48(FP), Y2
	SHRQ         $3, CX

i8loop:
	CMPQ      CX, $0
	JE        i8done
	VPMOVSXBD (SI), Y0
	VCVTDQ2PS Y0, Y0
	VMULPS    Y2, Y0, Y0
	VADDPS    (DI), Y0, Y0
	VMOVUPS   Y0, (DI)
	ADDQ      $8, SI
	ADDQ      $32, DI
	DECQ      CX
	JMP       i8loop

i8done:
	VZEROUPPER
	RET

// ADDQ8(Q, T, A) adds the 8 int8 weights at Q times the scale in Y8 to
// the accumulator A (T is scratch), as addInt8AVX adds them: the product
// rounded, then the sum.
#define ADDQ8(Q, T, A) \
	VPMOVSXBD Q, T; \
	VCVTDQ2PS T, T; \
	VMULPS    Y8, T, T; \
	VADDPS    T, A, A

// func addRowsInt8AVX(dst []float32, q []byte, rows []int32, scale []float32)
// For n = len(dst), a multiple of 64, and each r of rows in order:
// dst[j] += float32(int8(q[r·n+j]))·scale[r], the terms and sums rounded as
// addInt8AVX rounds them. dst is walked in blocks of 64 floats held in
// Y0–Y7 while every row is added, rather than loaded and stored per row.
TEXT ·addRowsInt8AVX(SB), NOSPLIT, $0-96
	XORQ DX, DX // the column of the block
	MOVQ dst_base+0(FP), DI
	MOVQ dst_len+8(FP), R8
	MOVQ q_base+24(FP), R9
	MOVQ rows_len+56(FP), R11
	TESTQ R11, R11
	JZ   rdone
	MOVQ rows_base+48(FP), BX
	MOVQ scale_base+72(FP), R10

blk64:
	CMPQ    DX, R8
	JGE     rdone
	VMOVUPS (DI)(DX*4), Y0
	VMOVUPS 32(DI)(DX*4), Y1
	VMOVUPS 64(DI)(DX*4), Y2
	VMOVUPS 96(DI)(DX*4), Y3
	VMOVUPS 128(DI)(DX*4), Y4
	VMOVUPS 160(DI)(DX*4), Y5
	VMOVUPS 192(DI)(DX*4), Y6
	VMOVUPS 224(DI)(DX*4), Y7
	XORQ    CX, CX

rowloop:
	CMPQ         CX, R11
	JGE          blkstore
	MOVLQSX      (BX)(CX*4), AX
	VBROADCASTSS (R10)(AX*4), Y8
	IMULQ        R8, AX
	ADDQ         R9, AX
	ADDQ         DX, AX
	ADDQ8((AX), Y9, Y0)
	ADDQ8(8(AX), Y10, Y1)
	ADDQ8(16(AX), Y11, Y2)
	ADDQ8(24(AX), Y12, Y3)
	ADDQ8(32(AX), Y9, Y4)
	ADDQ8(40(AX), Y10, Y5)
	ADDQ8(48(AX), Y11, Y6)
	ADDQ8(56(AX), Y12, Y7)
	INCQ         CX
	JMP          rowloop

blkstore:
	VMOVUPS Y0, (DI)(DX*4)
	VMOVUPS Y1, 32(DI)(DX*4)
	VMOVUPS Y2, 64(DI)(DX*4)
	VMOVUPS Y3, 96(DI)(DX*4)
	VMOVUPS Y4, 128(DI)(DX*4)
	VMOVUPS Y5, 160(DI)(DX*4)
	VMOVUPS Y6, 192(DI)(DX*4)
	VMOVUPS Y7, 224(DI)(DX*4)
	ADDQ    $64, DX
	JMP     blk64

rdone:
	VZEROUPPER
	RET

// func addInt32AVX(a, b []int32)
// a[j] += b[j] for the first len(a)&^7 elements, 8 a pass, both slices
// walked by one byte index (AX).
TEXT ·addInt32AVX(SB), NOSPLIT, $0-48
	MOVQ a_base+0(FP), DI
	MOVQ a_len+8(FP), CX
	MOVQ b_base+24(FP), SI
	XORQ AX, AX
	SHRQ $3, CX
	JZ   i32done

i32loop:
	VMOVDQU (DI)(AX*1), Y0
	VPADDD  (SI)(AX*1), Y0, Y0
	VMOVDQU Y0, (DI)(AX*1)
	ADDQ    $32, AX
	DECQ    CX
	JNZ     i32loop
	VZEROUPPER

i32done:
	RET

// func mixInt32AVX(dst []float32, a []int32, ne []float32, scale, mix float32)
// dst[j] = (float32(a[j])·scale)·mix + ne[j] for the first len(dst)&^7
// elements, 8 a pass: a conversion, two multiplies and an add, each
// rounded, as the scalar loop of MixInt32s computes them.
TEXT ·mixInt32AVX(SB), NOSPLIT, $0-80
	MOVQ dst_base+0(FP), DI
	MOVQ dst_len+8(FP), CX
	MOVQ a_base+24(FP), SI
	MOVQ ne_base+48(FP), DX
	XORQ AX, AX
	SHRQ $3, CX
	JZ   mixdone
	VBROADCASTSS scale+72(FP), Y1
	VBROADCASTSS mix+76(FP), Y2

mixloop:
	VCVTDQ2PS (SI)(AX*1), Y0
	VMULPS    Y1, Y0, Y0
	VMULPS    Y2, Y0, Y0
	VADDPS    (DX)(AX*1), Y0, Y0
	VMOVUPS   Y0, (DI)(AX*1)
	ADDQ      $32, AX
	DECQ      CX
	JNZ       mixloop
	VZEROUPPER

mixdone:
	RET

// func cellAVX(c, i, g, f, cPrev []float32)
// c[j] = i[j]·g[j] + f[j]·cPrev[j] for the first len(c)&^7 elements, 8 a
// pass: two multiplies and an add, each rounded, as cellStates' scalar
// loop computes them.
TEXT ·cellAVX(SB), NOSPLIT, $0-120
	MOVQ c_base+0(FP), DI
	MOVQ c_len+8(FP), CX
	MOVQ i_base+24(FP), SI
	MOVQ g_base+48(FP), DX
	MOVQ f_base+72(FP), R8
	MOVQ cPrev_base+96(FP), R9
	XORQ AX, AX
	SHRQ $3, CX
	JZ   celldone

cellloop:
	VMOVUPS (SI)(AX*1), Y0
	VMULPS  (DX)(AX*1), Y0, Y0
	VMOVUPS (R8)(AX*1), Y1
	VMULPS  (R9)(AX*1), Y1, Y1
	VADDPS  Y1, Y0, Y0
	VMOVUPS Y0, (DI)(AX*1)
	ADDQ    $32, AX
	DECQ    CX
	JNZ     cellloop
	VZEROUPPER

celldone:
	RET

// func mulAVX(dst, x, y []float32)
// dst[j] = x[j]·y[j] for the first len(dst)&^7 elements, 8 a pass.
TEXT ·mulAVX(SB), NOSPLIT, $0-72
	MOVQ dst_base+0(FP), DI
	MOVQ dst_len+8(FP), CX
	MOVQ x_base+24(FP), SI
	MOVQ y_base+48(FP), DX
	XORQ AX, AX
	SHRQ $3, CX
	JZ   muldone

mulloop:
	VMOVUPS (SI)(AX*1), Y0
	VMULPS  (DX)(AX*1), Y0, Y0
	VMOVUPS Y0, (DI)(AX*1)
	ADDQ    $32, AX
	DECQ    CX
	JNZ     mulloop
	VZEROUPPER

muldone:
	RET
