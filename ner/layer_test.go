package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestViterbi checks viterbi against brute force over every label
// sequence, with and without glue: at a glued token O follows only O and
// no B- label stands, so no span starts or ends inside a lower entity.
func TestViterbi(t *testing.T) {
	const L, n = 5, 5 // O, B-A, I-A, B-B, I-B
	rng := rand.New(rand.NewPCG(1, 2))
	valid := func(seq []int, glue []bool) bool {
		for i, c := range seq {
			p := -1
			if i > 0 {
				p = seq[i-1]
			}
			if !allowed(p, c) {
				return false
			}
			if glue != nil && glue[i] && ((c == 0 && p != 0) || (c != 0 && (c-1)%2 == 0)) {
				return false
			}
		}
		return true
	}
	for trial := 0; trial < 200; trial++ {
		trans := make([]float32, (L+1)*L)
		for i := range trans {
			trans[i] = rng.Float32()*4 - 2
		}
		ems := make([][]float32, n)
		for i := range ems {
			ems[i] = make([]float32, L)
			for l := range ems[i] {
				ems[i][l] = rng.Float32()*6 - 3
			}
		}
		var glue []bool
		if trial%2 == 1 {
			glue = []bool{false, false, true, true, false} // a lower entity over tokens 1..3
		}
		got := make([]int, n)
		new(lattice).viterbi(ems, trans, L, transSpread(trans, L), glue, got)
		best, bestScore := []int(nil), float32(math.Inf(-1))
		seq := make([]int, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if !valid(seq, glue) {
					return
				}
				s := trans[L*L+seq[0]] + ems[0][seq[0]]
				for j := 1; j < n; j++ {
					s += trans[seq[j-1]*L+seq[j]] + ems[j][seq[j]]
				}
				if s > bestScore {
					best, bestScore = append([]int(nil), seq...), s
				}
				return
			}
			for c := 0; c < L; c++ {
				seq[i] = c
				walk(i + 1)
			}
		}
		walk(0)
		for i := range got {
			if got[i] != best[i] {
				t.Fatalf("trial %d (glue %v): viterbi %v, brute force %v", trial, glue, got, best)
			}
		}
	}
}
