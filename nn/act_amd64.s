//go:build !purego

#include "textflag.h"

// Vectorized logistic and tanh for the LSTM's inference path (LSTM.Fast),
// eight float32 lanes at a time. Both go through one exponential, computed
// as in Cephes' expf: e^x = 2^n · p(r), n = ⌊x·log₂e + ½⌋, r = x − n·ln2
// (ln2 split in two parts for precision), p a degree-7 polynomial; the
// argument is clamped to ±87.3 so 2^n stays a normal float. Relative error
// within a few float32 ulps (TestActivations). The constants are Cephes'.

DATA expHi<>+0(SB)/4, $0x42ae999a
DATA expHi<>+4(SB)/4, $0x42ae999a
DATA expHi<>+8(SB)/4, $0x42ae999a
DATA expHi<>+12(SB)/4, $0x42ae999a
DATA expHi<>+16(SB)/4, $0x42ae999a
DATA expHi<>+20(SB)/4, $0x42ae999a
DATA expHi<>+24(SB)/4, $0x42ae999a
DATA expHi<>+28(SB)/4, $0x42ae999a
GLOBL expHi<>(SB), RODATA|NOPTR, $32

DATA expLo<>+0(SB)/4, $0xc2ae999a
DATA expLo<>+4(SB)/4, $0xc2ae999a
DATA expLo<>+8(SB)/4, $0xc2ae999a
DATA expLo<>+12(SB)/4, $0xc2ae999a
DATA expLo<>+16(SB)/4, $0xc2ae999a
DATA expLo<>+20(SB)/4, $0xc2ae999a
DATA expLo<>+24(SB)/4, $0xc2ae999a
DATA expLo<>+28(SB)/4, $0xc2ae999a
GLOBL expLo<>(SB), RODATA|NOPTR, $32

DATA expLog2e<>+0(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+4(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+8(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+12(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+16(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+20(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+24(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+28(SB)/4, $0x3fb8aa3b
GLOBL expLog2e<>(SB), RODATA|NOPTR, $32

DATA expHalf<>+0(SB)/4, $0x3f000000
DATA expHalf<>+4(SB)/4, $0x3f000000
DATA expHalf<>+8(SB)/4, $0x3f000000
DATA expHalf<>+12(SB)/4, $0x3f000000
DATA expHalf<>+16(SB)/4, $0x3f000000
DATA expHalf<>+20(SB)/4, $0x3f000000
DATA expHalf<>+24(SB)/4, $0x3f000000
DATA expHalf<>+28(SB)/4, $0x3f000000
GLOBL expHalf<>(SB), RODATA|NOPTR, $32

DATA expC1<>+0(SB)/4, $0x3f318000
DATA expC1<>+4(SB)/4, $0x3f318000
DATA expC1<>+8(SB)/4, $0x3f318000
DATA expC1<>+12(SB)/4, $0x3f318000
DATA expC1<>+16(SB)/4, $0x3f318000
DATA expC1<>+20(SB)/4, $0x3f318000
DATA expC1<>+24(SB)/4, $0x3f318000
DATA expC1<>+28(SB)/4, $0x3f318000
GLOBL expC1<>(SB), RODATA|NOPTR, $32

DATA expC2<>+0(SB)/4, $0xb95e8083
DATA expC2<>+4(SB)/4, $0xb95e8083
DATA expC2<>+8(SB)/4, $0xb95e8083
DATA expC2<>+12(SB)/4, $0xb95e8083
DATA expC2<>+16(SB)/4, $0xb95e8083
DATA expC2<>+20(SB)/4, $0xb95e8083
DATA expC2<>+24(SB)/4, $0xb95e8083
DATA expC2<>+28(SB)/4, $0xb95e8083
GLOBL expC2<>(SB), RODATA|NOPTR, $32

DATA expP0<>+0(SB)/4, $0x39506967
DATA expP0<>+4(SB)/4, $0x39506967
DATA expP0<>+8(SB)/4, $0x39506967
DATA expP0<>+12(SB)/4, $0x39506967
DATA expP0<>+16(SB)/4, $0x39506967
DATA expP0<>+20(SB)/4, $0x39506967
DATA expP0<>+24(SB)/4, $0x39506967
DATA expP0<>+28(SB)/4, $0x39506967
GLOBL expP0<>(SB), RODATA|NOPTR, $32

DATA expP1<>+0(SB)/4, $0x3ab743ce
DATA expP1<>+4(SB)/4, $0x3ab743ce
DATA expP1<>+8(SB)/4, $0x3ab743ce
DATA expP1<>+12(SB)/4, $0x3ab743ce
DATA expP1<>+16(SB)/4, $0x3ab743ce
DATA expP1<>+20(SB)/4, $0x3ab743ce
DATA expP1<>+24(SB)/4, $0x3ab743ce
DATA expP1<>+28(SB)/4, $0x3ab743ce
GLOBL expP1<>(SB), RODATA|NOPTR, $32

DATA expP2<>+0(SB)/4, $0x3c088908
DATA expP2<>+4(SB)/4, $0x3c088908
DATA expP2<>+8(SB)/4, $0x3c088908
DATA expP2<>+12(SB)/4, $0x3c088908
DATA expP2<>+16(SB)/4, $0x3c088908
DATA expP2<>+20(SB)/4, $0x3c088908
DATA expP2<>+24(SB)/4, $0x3c088908
DATA expP2<>+28(SB)/4, $0x3c088908
GLOBL expP2<>(SB), RODATA|NOPTR, $32

DATA expP3<>+0(SB)/4, $0x3d2aa9c1
DATA expP3<>+4(SB)/4, $0x3d2aa9c1
DATA expP3<>+8(SB)/4, $0x3d2aa9c1
DATA expP3<>+12(SB)/4, $0x3d2aa9c1
DATA expP3<>+16(SB)/4, $0x3d2aa9c1
DATA expP3<>+20(SB)/4, $0x3d2aa9c1
DATA expP3<>+24(SB)/4, $0x3d2aa9c1
DATA expP3<>+28(SB)/4, $0x3d2aa9c1
GLOBL expP3<>(SB), RODATA|NOPTR, $32

DATA expP4<>+0(SB)/4, $0x3e2aaaaa
DATA expP4<>+4(SB)/4, $0x3e2aaaaa
DATA expP4<>+8(SB)/4, $0x3e2aaaaa
DATA expP4<>+12(SB)/4, $0x3e2aaaaa
DATA expP4<>+16(SB)/4, $0x3e2aaaaa
DATA expP4<>+20(SB)/4, $0x3e2aaaaa
DATA expP4<>+24(SB)/4, $0x3e2aaaaa
DATA expP4<>+28(SB)/4, $0x3e2aaaaa
GLOBL expP4<>(SB), RODATA|NOPTR, $32

DATA expP5<>+0(SB)/4, $0x3f000000
DATA expP5<>+4(SB)/4, $0x3f000000
DATA expP5<>+8(SB)/4, $0x3f000000
DATA expP5<>+12(SB)/4, $0x3f000000
DATA expP5<>+16(SB)/4, $0x3f000000
DATA expP5<>+20(SB)/4, $0x3f000000
DATA expP5<>+24(SB)/4, $0x3f000000
DATA expP5<>+28(SB)/4, $0x3f000000
GLOBL expP5<>(SB), RODATA|NOPTR, $32

DATA expOne<>+0(SB)/4, $0x3f800000
DATA expOne<>+4(SB)/4, $0x3f800000
DATA expOne<>+8(SB)/4, $0x3f800000
DATA expOne<>+12(SB)/4, $0x3f800000
DATA expOne<>+16(SB)/4, $0x3f800000
DATA expOne<>+20(SB)/4, $0x3f800000
DATA expOne<>+24(SB)/4, $0x3f800000
DATA expOne<>+28(SB)/4, $0x3f800000
GLOBL expOne<>(SB), RODATA|NOPTR, $32

DATA expTwo<>+0(SB)/4, $0x40000000
DATA expTwo<>+4(SB)/4, $0x40000000
DATA expTwo<>+8(SB)/4, $0x40000000
DATA expTwo<>+12(SB)/4, $0x40000000
DATA expTwo<>+16(SB)/4, $0x40000000
DATA expTwo<>+20(SB)/4, $0x40000000
DATA expTwo<>+24(SB)/4, $0x40000000
DATA expTwo<>+28(SB)/4, $0x40000000
GLOBL expTwo<>(SB), RODATA|NOPTR, $32

DATA exp127<>+0(SB)/4, $0x0000007f
DATA exp127<>+4(SB)/4, $0x0000007f
DATA exp127<>+8(SB)/4, $0x0000007f
DATA exp127<>+12(SB)/4, $0x0000007f
DATA exp127<>+16(SB)/4, $0x0000007f
DATA exp127<>+20(SB)/4, $0x0000007f
DATA exp127<>+24(SB)/4, $0x0000007f
DATA exp127<>+28(SB)/4, $0x0000007f
GLOBL exp127<>(SB), RODATA|NOPTR, $32

DATA expSign<>+0(SB)/4, $0x80000000
DATA expSign<>+4(SB)/4, $0x80000000
DATA expSign<>+8(SB)/4, $0x80000000
DATA expSign<>+12(SB)/4, $0x80000000
DATA expSign<>+16(SB)/4, $0x80000000
DATA expSign<>+20(SB)/4, $0x80000000
DATA expSign<>+24(SB)/4, $0x80000000
DATA expSign<>+28(SB)/4, $0x80000000
GLOBL expSign<>(SB), RODATA|NOPTR, $32

// EXP replaces the eight floats in X by their exponentials; T1, T2 and T3
// are scratch.
#define EXP(X, T1, T2, T3) \
	VMINPS       expHi<>(SB), X, X; \
	VMAXPS       expLo<>(SB), X, X; \
	VMOVUPS      expLog2e<>(SB), T1; \
	VFMADD213PS  expHalf<>(SB), X, T1; \
	VROUNDPS     $1, T1, T1; \
	VFNMADD231PS expC1<>(SB), T1, X; \
	VFNMADD231PS expC2<>(SB), T1, X; \
	VMOVUPS      expP0<>(SB), T2; \
	VFMADD213PS  expP1<>(SB), X, T2; \
	VFMADD213PS  expP2<>(SB), X, T2; \
	VFMADD213PS  expP3<>(SB), X, T2; \
	VFMADD213PS  expP4<>(SB), X, T2; \
	VFMADD213PS  expP5<>(SB), X, T2; \
	VMULPS       X, X, T3; \
	VFMADD213PS  X, T3, T2; \
	VADDPS       expOne<>(SB), T2, T2; \
	VCVTTPS2DQ   T1, T1; \
	VPADDD       exp127<>(SB), T1, T1; \
	VPSLLD       $23, T1, T1; \
	VMULPS       T1, T2, X

// func sigmoidAVX(x []float32)
// x[i] = 1/(1+e^(−x[i])) in place; len(x) is a multiple of 8.
TEXT ·sigmoidAVX(SB), NOSPLIT, $0-24
	MOVQ x_base+0(FP), SI
	MOVQ x_len+8(FP), CX
	SHRQ $3, CX

sloop:
	CMPQ    CX, $0
	JE      sdone
	VMOVUPS (SI), Y0
	VXORPS  expSign<>(SB), Y0, Y0
	EXP(Y0, Y1, Y2, Y3)
	VADDPS  expOne<>(SB), Y0, Y0
	VMOVUPS expOne<>(SB), Y1
	VDIVPS  Y0, Y1, Y1
	VMOVUPS Y1, (SI)
	ADDQ    $32, SI
	DECQ    CX
	JMP     sloop

sdone:
	VZEROUPPER
	RET

// func tanhAVX(x []float32)
// x[i] = 1 − 2/(e^(2x[i])+1) in place; len(x) is a multiple of 8.
TEXT ·tanhAVX(SB), NOSPLIT, $0-24
	MOVQ x_base+0(FP), SI
	MOVQ x_len+8(FP), CX
	SHRQ $3, CX

tloop:
	CMPQ    CX, $0
	JE      tdone
	VMOVUPS (SI), Y0
	VADDPS  Y0, Y0, Y0
	EXP(Y0, Y1, Y2, Y3)
	VADDPS  expOne<>(SB), Y0, Y0
	VMOVUPS expTwo<>(SB), Y1
	VDIVPS  Y0, Y1, Y1
	VMOVUPS expOne<>(SB), Y2
	VSUBPS  Y1, Y2, Y2
	VMOVUPS Y2, (SI)
	ADDQ    $32, SI
	DECQ    CX
	JMP     tloop

tdone:
	VZEROUPPER
	RET
