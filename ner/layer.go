package ner

import (
	"math"
	"slices"
)

// layer is one BIO tagger in its compact inference form: sparse rows of
// quantized weights keyed by feature hash.
type layer struct {
	keys   []uint64 // sorted feature hashes
	index  map[uint64]int32
	rowPtr []uint32 // row r spans [rowPtr[r], rowPtr[r+1]) in labels/weights
	labels []uint8
	qw     []int16
	scale  float32
	trans  []float32 // (L+1)×L; row L holds start scores
}

func (ly *layer) buildIndex() {
	ly.index = make(map[uint64]int32, len(ly.keys))
	for i, k := range ly.keys {
		ly.index[k] = int32(i)
	}
}

// emissions returns the label scores of one token with the given features.
func (ly *layer) emissions(feats []uint64, nLabels int) []float32 {
	acc := make([]int32, nLabels)
	for _, f := range feats {
		r, ok := ly.index[f]
		if !ok {
			continue
		}
		for j := ly.rowPtr[r]; j < ly.rowPtr[r+1]; j++ {
			acc[ly.labels[j]] += int32(ly.qw[j])
		}
	}
	out := make([]float32, nLabels)
	for i, a := range acc {
		out[i] = float32(a) * ly.scale
	}
	return out
}

// allowed reports whether label cur may follow label prev in BIO (prev == -1
// at the start of a sentence): I-X only continues B-X or I-X.
func allowed(prev, cur int) bool {
	if cur == 0 || (cur-1)%2 == 0 {
		return true
	}
	if prev <= 0 {
		return false
	}
	return (prev-1)/2 == (cur-1)/2
}

// viterbi writes the best label sequence under emissions ems and transition
// scores trans ((L+1)×L, row L = start) into out.
//
// It is exact but skips, at each position, the previous labels whose score
// trails the best one by more than the spread of the transition scores: such
// a label can never be the best predecessor of any label.
func viterbi(ems [][]float32, trans []float32, L int, out []int) {
	n := len(ems)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	lo, hi := slices.Min(trans[:L*L]), slices.Max(trans[:L*L])
	spread := hi - lo
	score := make([]float32, n*L)
	back := make([]int32, n*L)
	cand := make([]int32, 0, L)
	for c := 0; c < L; c++ {
		if allowed(-1, c) {
			score[c] = ems[0][c] + trans[L*L+c]
		} else {
			score[c] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*L : i*L]
		cur := score[i*L : (i+1)*L]
		top := slices.Max(prev)
		cand = cand[:0]
		for p, v := range prev {
			if v >= top-spread && v > negInf {
				cand = append(cand, int32(p))
			}
		}
		for c := 0; c < L; c++ {
			best, arg := negInf, int32(0)
			if c == 0 || (c-1)%2 == 0 {
				for _, p := range cand {
					if s := prev[p] + trans[int(p)*L+c]; s > best {
						best, arg = s, p
					}
				}
			} else {
				// I-X: only from B-X or I-X
				for _, p := range [2]int{c - 1, c} {
					if s := prev[p] + trans[p*L+c]; s > best {
						best, arg = s, int32(p)
					}
				}
			}
			cur[c] = best + ems[i][c]
			back[i*L+c] = arg
		}
	}
	last := score[(n-1)*L:]
	out[n-1] = slices.Index(last, slices.Max(last))
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*L+out[i]])
	}
}
