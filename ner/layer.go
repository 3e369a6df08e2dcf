package ner

import (
	"cmp"
	"math"
	"slices"

	"github.com/factgraph/factgraph/internal/hashtab"
	"github.com/factgraph/factgraph/nn"
)

// layer is one BIO tagger in its compact inference form: sparse rows of
// quantized weights keyed by feature hash.
type layer struct {
	// w holds the emission weights (feature hash × label) until prepare
	// moves them into Model.entries; Model.sparse rebuilds it.
	w      *nn.Sparse
	scale  float32   // of the quantized weights
	trans  []float32 // (L+1)×L; row L holds start scores
	spread float32   // transSpread(trans)
}

// entry is one weight of one feature in one layer: pos = layer·L + label,
// L the number of labels (Decode allows 16 layers of 255 labels at most, so
// pos fits). A token's scores in all layers lie side by side, so adding a
// feature's weights is one indexed add each. The two lie in one uint32,
// pos in the low half, w in the high one, which one load reads.
type entry uint32

// newEntry packs the weight w at position pos.
func newEntry(pos uint16, w int16) entry { return entry(uint32(pos) | uint32(uint16(w))<<16) }

// pos returns the entry's position, layer·L + label.
func (e entry) pos() uint16 { return uint16(e) }

// w returns the entry's weight.
func (e entry) w() int16 { return int16(e >> 16) }

// prepare builds what inference needs beyond the stored arrays: one hash
// table over the features of all layers, so that a feature is looked up
// once per token, not once per layer, and the weights of each feature in
// all layers side by side (one cache line rather than one per layer).
func (m *Model) prepare() {
	m.typeIndex = typeIndexOf(m.types)
	// The layers' keys are sorted (Sparse validation): merging them gives
	// their union in order, ten times faster than sorting it.
	var all []uint64
	for _, ly := range m.layers {
		all = unionSorted(all, ly.w.Keys)
	}
	// The id of a key is its position in all; layer keys are sorted, so a
	// merge walk finds them without hashing.
	idsOf := make([][]int32, len(m.layers))
	counts := make([]uint32, len(all)+1)
	L := m.numLabels()
	// A model of four layers or fewer whose positions fit a byte keeps,
	// before each feature's weights, a head saying where each layer's
	// begin: its byte k−1 holds the number of the feature's weights below
	// layer k (k = 1 … 4), so that layer k's are those from byte k−1 to
	// byte k (from 0 for layer 0). A feature has at most 255 weights, so
	// the bytes do not overflow into each other as prepare adds to them.
	m.heads = len(m.layers) <= 4 && len(m.layers)*L <= 255
	head := uint32(0)
	if m.heads {
		head = 1
		for j := 1; j < len(counts); j++ {
			counts[j] = head
		}
	}
	for k, ly := range m.layers {
		idsOf[k] = make([]int32, ly.w.Rows())
		j := 0
		for r, key := range ly.w.Keys {
			for all[j] != key {
				j++
			}
			idsOf[k][r] = int32(j)
			counts[j+1] += ly.w.RowPtr[r+1] - ly.w.RowPtr[r]
		}
		ly.spread = transSpread(ly.trans, m.numLabels())
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	m.index = newFeatIndex(all, counts, head)
	m.entries = make([]entry, counts[len(counts)-1])
	fill := slices.Clone(counts[:len(all)])
	for j := range fill {
		fill[j] += head
	}
	for k, ly := range m.layers {
		// The weights of layer k lie below layers k+1 … 4: the head's bytes
		// k … 3 count them (layerHead).
		var below uint32
		for j := k + 1; j <= 4; j++ {
			below |= 1 << (8 * (j - 1))
		}
		for r, id := range idsOf[k] {
			labels, ws := ly.w.Row(r)
			for j, l := range labels {
				m.entries[fill[id]] = newEntry(uint16(k*L+int(l)), ws[j])
				fill[id]++
			}
			if m.heads {
				m.entries[counts[id]] += entry(uint32(len(labels)) * below)
			}
		}
		// The entries hold the weights now: dropping the layer's copy
		// saves a fifth of the model's heap.
		ly.scale, ly.w = ly.w.Scale, nil
	}
}

// unionSorted returns the keys of a or b in increasing order, once each;
// a and b are increasing.
func unionSorted(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// sparse rebuilds the emission weights of layer k, as the model file stores
// them, from the entries.
func (m *Model) sparse(k int) *nn.Sparse {
	L := m.numLabels()
	var slots []featSlot
	for _, s := range m.index.slots {
		if s.start != emptySlot {
			slots = append(slots, s)
		}
	}
	slices.SortFunc(slots, func(a, b featSlot) int { return cmp.Compare(a.key, b.key) })
	w := &nn.Sparse{Scale: m.layers[k].scale, RowPtr: []uint32{0}}
	for _, s := range slots {
		n := 0
		for _, e := range m.entries[s.start:s.end] {
			if l := int(e.pos()) - k*L; l >= 0 && l < L {
				w.Labels = append(w.Labels, uint8(l))
				w.W = append(w.W, e.w())
				n++
			}
		}
		if n > 0 {
			w.Keys = append(w.Keys, s.key)
			w.RowPtr = append(w.RowPtr, uint32(len(w.W)))
		}
	}
	return w
}

// featSlot is a slot of featIndex: a feature hash and its weights,
// entries[start:end].
type featSlot struct {
	key        uint64
	start, end uint32
}

// emptySlot marks the start of a free slot.
const emptySlot = ^uint32(0)

// featIndex is an open-addressing hash table from feature hashes to their
// weights in Model.entries: one memory access finds both the key and where
// its weights lie.
type featIndex struct {
	slots []featSlot
	mask  uint64
}

// newFeatIndex indexes the sorted keys, whose weights are
// entries[ptr[i]+head:ptr[i+1]], in at least 1.5 slots a key.
func newFeatIndex(keys []uint64, ptr []uint32, head uint32) featIndex {
	size := uint64(16)
	for 2*size < uint64(len(keys))*3 {
		size <<= 1
	}
	x := featIndex{slots: make([]featSlot, size), mask: size - 1}
	for i := range x.slots {
		x.slots[i].start = emptySlot
	}
	for j, k := range keys {
		i := hashtab.Mix(k) & x.mask
		for x.slots[i].start != emptySlot {
			i = (i + 1) & x.mask
		}
		x.slots[i] = featSlot{key: k, start: ptr[j] + head, end: ptr[j+1]}
	}
	return x
}

// get returns where the weights of feature k lie in Model.entries; ok is
// false when the model has no such feature.
func (x *featIndex) get(k uint64) (w span, ok bool) {
	if len(x.slots) == 0 {
		return span{}, false
	}
	for i := hashtab.Mix(k) & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.start == emptySlot {
			return span{}, false
		}
		if s.key == k {
			return span{s.start, s.end}, true
		}
	}
}

// span is where the weights of one feature lie: Model.entries[start:end].
type span struct{ start, end uint32 }

// ids appends the weights' spans of the known features among feats.
func (m *Model) ids(dst []span, feats []uint64) []span {
	for _, f := range feats {
		if w, ok := m.index.get(f); ok {
			dst = append(dst, w)
		}
	}
	return dst
}

// addWeights adds the weights of features ws in all layers to a, a
// token's scores (a[layer·L + label]).
func (m *Model) addWeights(a []int32, ws []span) int32 {
	// Reading the first weight of every feature first lets the loads
	// overlap: the sums below then find them in the cache.
	var t int32
	for _, w := range ws {
		if w.start < w.end {
			t += int32(m.entries[w.start].w())
		}
	}
	if len(a) <= byteScores && cap(a) >= byteScores {
		// Every position is below len(a), so below 256: a byte indexes
		// a window of 256 scores without a bounds check per weight.
		p := (*[byteScores]int32)(a[:byteScores])
		for _, w := range ws {
			for _, e := range m.entries[w.start:w.end] {
				p[uint8(e)] += int32(e) >> 16 // w(), sign-extended by the shift
			}
		}
		return t
	}
	for _, w := range ws {
		for _, e := range m.entries[w.start:w.end] {
			a[e.pos()] += int32(e.w())
		}
	}
	return t
}

// addLayerWeights adds to a, a token's scores, the weights of features ws
// in layer k (positions k·L ≤ pos < (k+1)·L), k ≥ 1.
func (m *Model) addLayerWeights(a []int32, ws []span, k int) {
	L := m.numLabels()
	lo, hi := k*L, (k+1)*L
	if m.heads && len(a) <= byteScores && cap(a) >= byteScores {
		// The head before a feature's weights says where layer k's lie.
		p := (*[byteScores]int32)(a[:byteScores])
		sl, sh := uint(8*(k-1)), uint(8*k)
		for _, w := range ws {
			h := uint32(m.entries[w.start-1])
			from, to := w.start+(h>>sl)&0xff, w.start+(h>>sh)&0xff
			for _, e := range m.entries[from:to] {
				p[uint8(e)] += int32(e) >> 16 // w()
			}
		}
		return
	}
	if len(a) <= byteScores && cap(a) >= byteScores {
		p := (*[byteScores]int32)(a[:byteScores])
		for _, w := range ws {
			// A feature's weights lie layer after layer: those of the
			// layers below, then this one's, then those above.
			es := m.entries[w.start:w.end]
			j := 0
			for j < len(es) && int(es[j].pos()) < lo {
				j++
			}
			for _, e := range es[j:] {
				if int(e.pos()) >= hi {
					break
				}
				p[uint8(e)] += int32(e) >> 16 // w()
			}
		}
		return
	}
	for _, w := range ws {
		for _, e := range m.entries[w.start:w.end] {
			if int(e.pos()) >= hi {
				break
			}
			if int(e.pos()) >= lo {
				a[e.pos()] += int32(e.w())
			}
		}
	}
}

// byteScores is the window addWeights indexes with a byte: a token's
// scores (layers × labels, 4 × 59 for NEREL) fit in it, and buffers of
// scores keep that many int32 past a token's start (scoreCap).
const byteScores = 256

// scoreCap returns the capacity that lets addWeights index the scores of
// every token in a buffer of n tokens' scores of W each by a byte.
func scoreCap(n, W int) int {
	if W > byteScores || n == 0 {
		return n * W
	}
	return (n-1)*W + byteScores
}

// fromCandidates writes into cur[c] and bk[c], for O (c = 0) and every
// B- label (c odd), the best score over the candidate previous labels cand
// (ascending) and the first label that reaches it (negInf and 0 when none
// does), walking the candidates in the outer loop: the transitions from one
// label to all others lie in one row of trans.
func fromCandidates(prev, trans []float32, cand []int32, L int, cur []float32, bk []int32) {
	negInf := float32(math.Inf(-1))
	if len(cand) == 0 {
		cur[0], bk[0] = negInf, 0
		for c := 1; c < L; c += 2 {
			cur[c], bk[c] = negInf, 0
		}
		return
	}
	// All of one length, so that the loops below check no bounds.
	cur = cur[:L]
	bk = bk[:len(cur)]
	p := cand[0]
	pv, row := prev[p], trans[int(p)*L : int(p+1)*L][:len(cur)]
	cur[0], bk[0] = negInf, 0
	if s := pv + row[0]; s > negInf {
		cur[0], bk[0] = s, p
	}
	// L is odd (O, then B- and I- pairs): the B- labels are 1, 3, …, L−2,
	// below len(cur)−1, the bound that spares the loops their checks.
	for c := 1; c < len(cur)-1; c += 2 {
		cur[c], bk[c] = negInf, 0
		if s := pv + row[c]; s > negInf {
			cur[c], bk[c] = s, p
		}
	}
	for _, p := range cand[1:] {
		pv, row := prev[p], trans[int(p)*L : int(p+1)*L][:len(cur)]
		if s := pv + row[0]; s > cur[0] {
			cur[0], bk[0] = s, p
		}
		for c := 1; c < len(cur)-1; c += 2 {
			if s := pv + row[c]; s > cur[c] {
				cur[c], bk[c] = s, p
			}
		}
	}
}

// transSpread returns max − min of the label-to-label transition scores
// (the start row excluded), the bound viterbi prunes with.
func transSpread(trans []float32, L int) float32 {
	return slices.Max(trans[:L*L]) - slices.Min(trans[:L*L])
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

// lattice holds viterbi's buffers, reused from one sentence to the next.
type lattice struct {
	score []float32 // n×L best path scores
	back  []int32   // n×L best predecessors
	cand  []int32   // the predecessors worth trying at one position
	into  []float32 // the transitions into I- labels (begin)
}

// viterbi writes the best label sequence under emissions ems and transition
// scores trans ((L+1)×L, row L = start) into out.
//
// glue, when not nil, marks the tokens that continue an entity of a lower
// layer (glue[i]: tokens i−1 and i lie in one lower entity). An entity of
// this layer may then neither start nor end inside a lower one: at a glued
// token O follows only O, and a B- label is not allowed. Entities of
// different layers so nest or stay apart, never cross.
//
// It is exact but skips, at each position, the previous labels whose score
// trails the best one by more than the spread of the transition scores: such
// a label can never be the best predecessor of any label.
func (lt *lattice) viterbi(ems [][]float32, trans []float32, L int, spread float32, glue []bool, out []int) {
	n := len(ems)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	// top is the best score at the previous position, slices.Max(prev),
	// computed along with the scores.
	top := lt.begin(ems, trans, L)
	score, back, into := lt.score, lt.back, lt.into[:L]
	for i := 1; i < n; i++ {
		cur := score[i*L : (i+1)*L][:L]
		prev := score[(i-1)*L : i*L][:len(cur)]
		em := ems[i][:L]
		bk := back[i*L : (i+1)*L][:L]
		// O and B-: after any label; inside a lower entity (glued) O
		// follows only O, and B- nothing. The best before each goes into
		// cur, the emissions are added below.
		if glue != nil && glue[i] {
			best := negInf
			if prev[0] > negInf {
				best = prev[0] + trans[0]
			}
			cur[0], bk[0] = best, 0
			for c := 1; c < L; c += 2 {
				cur[c], bk[c] = negInf, 0
			}
		} else {
			fromCandidates(prev, trans, lt.candidates(prev, top, spread), L, cur, bk)
		}
		cur[0] += em[0]
		next := cur[0]
		// The labels of type t come in pairs, B-t = c and I-t = c+1 (L is
		// odd): no switch on the label's kind.
		for c := 1; c < len(cur)-1; c += 2 {
			b := cur[c] + em[c]
			cur[c] = b
			// I-: only from B- (c) or I- (c+1) of its type, B- winning ties.
			best, arg := negInf, int32(0)
			if s := prev[c] + into[c]; s > best {
				best, arg = s, int32(c)
			}
			if s := prev[c+1] + into[c+1]; s > best {
				best, arg = s, int32(c+1)
			}
			in := best + em[c+1]
			cur[c+1], bk[c+1] = in, arg
			// next = max(next, b, in) but for the sign of a zero, which
			// top − spread compares alike: a NaN sticks as max's does.
			if b > next || b != b {
				next = b
			}
			if in > next || in != in {
				next = in
			}
		}
		top = next
	}
	lt.backtrack(n, L, out)
}

// begin sizes the lattice for len(ems) positions of L labels and scores
// the first position; it returns the best score there.
func (lt *lattice) begin(ems [][]float32, trans []float32, L int) float32 {
	n := len(ems)
	// Every position's scores and back pointers are written before they
	// are read; the first position has no back pointers (zeros).
	lt.score = nn.Resize(lt.score, n*L)
	lt.back = nn.Resize(lt.back, n*L)
	clear(lt.back[:L])
	if cap(lt.cand) < L {
		lt.cand = make([]int32, 0, L) // at most L candidates: never grown
	}
	// into[x]: the transition from label x to the I- label of its type
	// (x a B- or I- label; into[0] is not read).
	lt.into = nn.Resize(lt.into, L)
	for c := 1; c+1 < L; c += 2 {
		lt.into[c], lt.into[c+1] = trans[c*L+c+1], trans[(c+1)*L+c+1]
	}
	for c := 0; c < L; c++ {
		if allowed(-1, c) {
			lt.score[c] = ems[0][c] + trans[L*L+c]
		} else {
			lt.score[c] = float32(math.Inf(-1))
		}
	}
	return slices.Max(lt.score[:L])
}

// candidates returns the labels of the previous position (scores prev, the
// best top) that may be the best predecessor of some label: those within
// spread of top, in ascending order, in lt.cand's array.
func (lt *lattice) candidates(prev []float32, top, spread float32) []int32 {
	cand := lt.cand[:0]
	negInf := float32(math.Inf(-1))
	if thr := top - spread; thr > negInf {
		// v ≥ thr > −∞: the second test of the loop below always holds.
		for p, v := range prev {
			if v >= thr {
				cand = append(cand, int32(p))
			}
		}
		return cand
	}
	for p, v := range prev {
		if v >= top-spread && v > negInf {
			cand = append(cand, int32(p))
		}
	}
	return cand
}

// backtrack writes into out the labels of the best path through the n
// positions scored.
func (lt *lattice) backtrack(n, L int, out []int) {
	last := lt.score[(n-1)*L : n*L]
	out[n-1] = slices.Index(last, slices.Max(last))
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(lt.back[i*L+out[i]])
	}
}
