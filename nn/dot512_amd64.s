//go:build !purego

#include "textflag.h"

// Z0–Z15 ← the 256 floats at (P).
#define LOAD256(P) \
	VMOVUPS 0(P), Z0; VMOVUPS 64(P), Z1; VMOVUPS 128(P), Z2; VMOVUPS 192(P), Z3; \
	VMOVUPS 256(P), Z4; VMOVUPS 320(P), Z5; VMOVUPS 384(P), Z6; VMOVUPS 448(P), Z7; \
	VMOVUPS 512(P), Z8; VMOVUPS 576(P), Z9; VMOVUPS 640(P), Z10; VMOVUPS 704(P), Z11; \
	VMOVUPS 768(P), Z12; VMOVUPS 832(P), Z13; VMOVUPS 896(P), Z14; VMOVUPS 960(P), Z15

// the 256 floats at (P) ← Z0–Z15.
#define STORE256(P) \
	VMOVUPS Z0, 0(P); VMOVUPS Z1, 64(P); VMOVUPS Z2, 128(P); VMOVUPS Z3, 192(P); \
	VMOVUPS Z4, 256(P); VMOVUPS Z5, 320(P); VMOVUPS Z6, 384(P); VMOVUPS Z7, 448(P); \
	VMOVUPS Z8, 512(P); VMOVUPS Z9, 576(P); VMOVUPS Z10, 640(P); VMOVUPS Z11, 704(P); \
	VMOVUPS Z12, 768(P); VMOVUPS Z13, 832(P); VMOVUPS Z14, 896(P); VMOVUPS Z15, 960(P)

// R0–R3 ← the 64 floats at (P).
#define LOAD64(P, R0, R1, R2, R3) \
	VMOVUPS 0(P), R0; VMOVUPS 64(P), R1; VMOVUPS 128(P), R2; VMOVUPS 192(P), R3

// the 64 floats at (P) ← R0–R3.
#define STORE64(P, R0, R1, R2, R3) \
	VMOVUPS R0, 0(P); VMOVUPS R1, 64(P); VMOVUPS R2, 128(P); VMOVUPS R3, 192(P)

// Z0–Z15 ← 64 floats at each of (P), S(P), 2·S(P) and 3·S(P); P moves
// to the last.
#define LOAD4x64(P, S) \
	LOAD64(P, Z0, Z1, Z2, Z3); ADDQ S, P; LOAD64(P, Z4, Z5, Z6, Z7); ADDQ S, P; \
	LOAD64(P, Z8, Z9, Z10, Z11); ADDQ S, P; LOAD64(P, Z12, Z13, Z14, Z15)

// the 64 floats at each of (P), S(P), 2·S(P) and 3·S(P) ← Z0–Z15; P moves
// to the last.
#define STORE4x64(P, S) \
	STORE64(P, Z0, Z1, Z2, Z3); ADDQ S, P; STORE64(P, Z4, Z5, Z6, Z7); ADDQ S, P; \
	STORE64(P, Z8, Z9, Z10, Z11); ADDQ S, P; STORE64(P, Z12, Z13, Z14, Z15)

// R0–R3 += X times the 64 floats W0–W3.
#define FMA64(W0, W1, W2, W3, X, R0, R1, R2, R3) \
	VFMADD231PS W0, X, R0; VFMADD231PS W1, X, R1; VFMADD231PS W2, X, R2; VFMADD231PS W3, X, R3

// func matTVecAVX512(out, wt, x []float32)
//
// out[r] += Σ_j x[j]·wt[j·m+r] for m = len(out) a multiple of 64 and
// n = len(x) rows of wt, each out[r] summed j by j with one rounding per
// step (FMA): 256 outputs at a time in Z0–Z15, then 64 at a time.
TEXT ·matTVecAVX512(SB), NOSPLIT, $0-72
	MOVQ out_base+0(FP), DI
	MOVQ out_len+8(FP), R8
	MOVQ wt_base+24(FP), SI
	MOVQ x_base+48(FP), DX
	MOVQ x_len+56(FP), R9
	MOVQ R8, R10
	SHLQ $2, R10               // bytes of a row of wt and of out
	XORQ R11, R11              // byte offset of the block

tv256:
	MOVQ R10, AX
	SUBQ R11, AX
	CMPQ AX, $1024
	JL   tv64
	LEAQ (DI)(R11*1), AX
	LOAD256(AX)
	LEAQ (SI)(R11*1), BX
	MOVQ DX, CX
	MOVQ R9, R12

tv256loop:
	TESTQ R12, R12
	JZ    tv256store
	VBROADCASTSS (CX), Z16
	FMA64(0(BX), 64(BX), 128(BX), 192(BX), Z16, Z0, Z1, Z2, Z3)
	FMA64(256(BX), 320(BX), 384(BX), 448(BX), Z16, Z4, Z5, Z6, Z7)
	FMA64(512(BX), 576(BX), 640(BX), 704(BX), Z16, Z8, Z9, Z10, Z11)
	FMA64(768(BX), 832(BX), 896(BX), 960(BX), Z16, Z12, Z13, Z14, Z15)
	ADDQ $4, CX
	ADDQ R10, BX
	DECQ R12
	JMP  tv256loop

tv256store:
	LEAQ (DI)(R11*1), AX
	STORE256(AX)
	ADDQ $1024, R11
	JMP  tv256

tv64:
	CMPQ R11, R10
	JGE  tvend
	LEAQ (DI)(R11*1), AX
	LOAD64(AX, Z0, Z1, Z2, Z3)
	LEAQ (SI)(R11*1), BX
	MOVQ DX, CX
	MOVQ R9, R12

tv64loop:
	TESTQ R12, R12
	JZ    tv64store
	VBROADCASTSS (CX), Z16
	FMA64(0(BX), 64(BX), 128(BX), 192(BX), Z16, Z0, Z1, Z2, Z3)
	ADDQ $4, CX
	ADDQ R10, BX
	DECQ R12
	JMP  tv64loop

tv64store:
	LEAQ (DI)(R11*1), AX
	STORE64(AX, Z0, Z1, Z2, Z3)
	ADDQ $256, R11
	JMP  tv64

tvend:
	VZEROUPPER
	RET

// func matTVec4AVX512(out, wt, x []float32)
//
// matTVecAVX512 for four inputs laid end to end in x (n = len(x)/4 each),
// adding into four outputs laid end to end in out (m = len(out)/4 each, a
// multiple of 64): 64 outputs of each input at a time in Z0–Z15, wt's
// rows read once for the four, with the sums of matTVecAVX512.
TEXT ·matTVec4AVX512(SB), NOSPLIT, $0-72
	MOVQ out_base+0(FP), DI
	MOVQ out_len+8(FP), R8
	SHRQ $2, R8
	MOVQ wt_base+24(FP), SI
	MOVQ x_base+48(FP), DX
	MOVQ x_len+56(FP), R9
	SHRQ $2, R9
	MOVQ R8, R10
	SHLQ $2, R10               // bytes of a row of wt and of an output
	MOVQ R9, R13
	SHLQ $2, R13               // bytes of an input
	XORQ R11, R11              // byte offset of the block

t4blk:
	CMPQ R11, R10
	JGE  t4end
	LEAQ (DI)(R11*1), AX
	LOAD4x64(AX, R10)
	LEAQ (SI)(R11*1), BX
	MOVQ DX, CX                // input 0; 1 and 2 at R13 and 2·R13 from it
	LEAQ (DX)(R13*2), AX
	ADDQ R13, AX               // input 3
	MOVQ R9, R12

t4loop:
	TESTQ R12, R12
	JZ    t4store
	LOAD64(BX, Z16, Z17, Z18, Z19)
	VBROADCASTSS (CX), Z20
	VBROADCASTSS (CX)(R13*1), Z21
	VBROADCASTSS (CX)(R13*2), Z22
	VBROADCASTSS (AX), Z23
	FMA64(Z16, Z17, Z18, Z19, Z20, Z0, Z1, Z2, Z3)
	FMA64(Z16, Z17, Z18, Z19, Z21, Z4, Z5, Z6, Z7)
	FMA64(Z16, Z17, Z18, Z19, Z22, Z8, Z9, Z10, Z11)
	FMA64(Z16, Z17, Z18, Z19, Z23, Z12, Z13, Z14, Z15)
	ADDQ $4, CX
	ADDQ $4, AX
	ADDQ R10, BX
	DECQ R12
	JMP  t4loop

t4store:
	LEAQ (DI)(R11*1), AX
	STORE4x64(AX, R10)
	ADDQ $256, R11
	JMP  t4blk

t4end:
	VZEROUPPER
	RET
