package ner

import (
	"math"
	"math/rand/v2"
	"slices"
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

// TestViterbiSameAsBefore checks viterbi against the form it had before
// its labels were walked in B-/I- pairs (viterbiRef): the same labels,
// ties and forbidden transitions included, so the output cannot change.
func TestViterbiSameAsBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 2000; trial++ {
		L := 1 + 2*(1+rng.IntN(6))
		n := 1 + rng.IntN(12)
		// Small integers make ties frequent; NaN and −0 check that the
		// running maximum (top) follows max's NaN and that the sign of
		// its zero does not matter.
		val := func() float32 {
			switch rng.IntN(40) {
			case 0, 1:
				return float32(math.Inf(-1))
			case 2:
				if trial%4 == 3 {
					return float32(math.NaN())
				}
			case 3:
				return float32(math.Copysign(0, -1))
			}
			return float32(rng.IntN(7) - 3)
		}
		trans := make([]float32, (L+1)*L)
		for i := range trans {
			trans[i] = val()
		}
		ems := make([][]float32, n)
		for i := range ems {
			ems[i] = make([]float32, L)
			for l := range ems[i] {
				ems[i][l] = val()
			}
		}
		var glue []bool
		if trial%2 == 1 {
			glue = make([]bool, n)
			for i := 1; i < n; i++ {
				glue[i] = rng.IntN(3) == 0
			}
		}
		spread := float32(rng.IntN(8))
		got, want := make([]int, n), make([]int, n)
		var lt, ref lattice
		lt.viterbi(ems, trans, L, spread, glue, got)
		ref.viterbiRef(ems, trans, L, spread, glue, want)
		for i := range got {
			if got[i] != want[i] || lt.back[i*L] != ref.back[i*L] {
				t.Fatalf("trial %d (L %d, glue %v): viterbi %v, before %v", trial, L, glue, got, want)
			}
		}
		for i := range lt.back[:n*L] {
			if lt.back[i] != ref.back[i] || lt.score[i] != ref.score[i] && !(math.IsNaN(float64(lt.score[i])) && math.IsNaN(float64(ref.score[i]))) {
				t.Fatalf("trial %d (L %d): lattice differs at %d", trial, L, i)
			}
		}
	}
}

// viterbiRef is viterbi as it was before its labels were walked in pairs.
// The lattice's helpers (begin, candidates, backtrack) are shared; ems
// is never empty here.
func (lt *lattice) viterbiRef(ems [][]float32, trans []float32, L int, spread float32, glue []bool, out []int) {
	negInf, top := float32(math.Inf(-1)), lt.begin(ems, trans, L)
	for i := 1; i < len(ems); i++ {
		prev := lt.score[(i-1)*L : i*L]
		cur := lt.score[i*L : (i+1)*L]
		cand := lt.candidates(prev, top, spread)
		glued := glue != nil && glue[i]
		next := negInf
		for c := 0; c < L; c++ {
			best, arg := negInf, int32(0)
			switch {
			case glued && c == 0:
				if prev[0] > negInf {
					best, arg = prev[0]+trans[0], 0
				}
			case glued && (c-1)%2 == 0:
			case c == 0 || (c-1)%2 == 0:
				for _, p := range cand {
					if s := prev[p] + trans[int(p)*L+c]; s > best {
						best, arg = s, p
					}
				}
			default:
				for _, p := range [2]int{c - 1, c} {
					if s := prev[p] + trans[p*L+c]; s > best {
						best, arg = s, int32(p)
					}
				}
			}
			cur[c] = best + ems[i][c]
			lt.back[i*L+c] = arg
			next = max(next, cur[c])
		}
		top = next
	}
	lt.backtrack(len(ems), L, out)
}

// BenchmarkViterbi decodes a 30-token sentence with the shipped model's
// transitions of layer 0 and emissions favouring O, as most tokens are;
// /before runs viterbiRef, to compare in one process.
func BenchmarkViterbi(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	L, n := m.numLabels(), 30
	rng := rand.New(rand.NewPCG(5, 6))
	ems := make([][]float32, n)
	for i := range ems {
		ems[i] = make([]float32, L)
		for l := range ems[i] {
			ems[i][l] = rng.Float32()*4 - 30
		}
		ems[i][0] = 4
	}
	trans, spread := m.netTrans[0], m.netSpread[0]
	out := make([]int, n)
	var lt lattice
	b.Run("now", func(b *testing.B) {
		for b.Loop() {
			lt.viterbi(ems, trans, L, spread, nil, out)
		}
	})
	b.Run("before", func(b *testing.B) {
		for b.Loop() {
			lt.viterbiRef(ems, trans, L, spread, nil, out)
		}
	})
}

// TestUnionSorted checks the merge of prepare against sorting the keys of
// all layers and dropping repeats.
func TestUnionSorted(t *testing.T) {
	for _, tt := range []struct{ a, b []uint64 }{
		{nil, nil},
		{[]uint64{1, 5}, nil},
		{nil, []uint64{2}},
		{[]uint64{1, 3, 5}, []uint64{2, 3, 4, 9}},
		{[]uint64{7, 8}, []uint64{1, 2}},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3}},
	} {
		want := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(tt.a), tt.b...))))
		if got := unionSorted(tt.a, tt.b); !slices.Equal(got, want) {
			t.Errorf("unionSorted(%v, %v) = %v, want %v", tt.a, tt.b, got, want)
		}
	}
}
