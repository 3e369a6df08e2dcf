package nn

import (
	"errors"
	"math/rand/v2"
	"slices"

	"github.com/factgraph/factgraph/internal/hashtab"
)

// Vocab numbers the keys (word or feature hashes) a network knows; row 0 of
// its embedding tables is for the keys it does not.
type Vocab struct {
	Keys []uint64 // sorted
	tab  hashtab.Table
}

// NewVocab returns the vocabulary of keys, which must be sorted.
func NewVocab(keys []uint64) Vocab { return Vocab{Keys: keys, tab: hashtab.New(keys)} }

// Row returns the table row of key k: 1 + its index, 0 when unknown.
func (v *Vocab) Row(k uint64) int32 { return v.tab.Get(k) + 1 }

// KnownRows appends the table rows of the keys of ks that v knows, in
// order, leaving out the unknown ones.
func (v *Vocab) KnownRows(dst []int32, ks []uint64) []int32 {
	for _, k := range ks {
		if r := v.Row(k); r > 0 {
			dst = append(dst, r)
		}
	}
	return dst
}

// Rows returns the number of rows of an embedding table over v, the
// unknown row included.
func (v *Vocab) Rows() int { return len(v.Keys) + 1 }

// DropMask zeroes each element of x with probability rate and scales the
// others by 1/(1−rate) (inverted dropout); it returns the factors applied.
func DropMask(x []float32, rate float32, rng *rand.Rand) []float32 {
	mask := make([]float32, len(x))
	keep := 1 / (1 - rate)
	for j := range mask {
		if rng.Float32() >= rate {
			mask[j] = keep
		}
		x[j] *= mask[j]
	}
	return mask
}

// Embed writes into x the row w of the table word followed by the sum of
// the rows feats of the table feat: the input of a token that is a word
// embedding and a bag of feature embeddings.
func Embed(x []float32, word, feat *Param, w int32, feats []int32) {
	copy(x, word.Row(w))
	fx := x[word.Rows:]
	clear(fx)
	for _, r := range feats {
		axpy(1, feat.Row(r), fx) // the bits of fx[j] += v: a product by 1 is exact
	}
}

// BackEmbed is the backward pass of a bidirectional LSTM fw, bw (tapes tf,
// tb) over inputs that Embed made and DropMask masked (drop, nil for none),
// given the gradients dF and dB of its outputs (T×Hidden each): it
// accumulates the gradients of the LSTMs and of the rows words and feats of
// the tables word and feat.
func BackEmbed(fw, bw *LSTM, tf, tb *LSTMTape, dF, dB []float32, drop [][]float32, word, feat *Param, words []int32, feats [][]int32) {
	dxs := make([][]float32, len(words))
	for i := range dxs {
		dxs[i] = make([]float32, fw.In)
	}
	fw.Backward(tf, dF, dxs)
	bw.Backward(tb, dB, dxs)
	for i, dx := range dxs {
		if len(drop) > 0 {
			for j, m := range drop[i] {
				dx[j] *= m
			}
		}
		gw := word.GradRow(words[i])
		for j := range gw {
			gw[j] += dx[j]
		}
		for _, r := range feats[i] {
			gf := feat.GradRow(r)
			for j := range gf {
				gf[j] += dx[word.Rows+j]
			}
		}
	}
}

// Add adds x to dst element by element (len(dst) ≥ len(x)), with the bits
// of the scalar loop dst[j] += x[j].
func Add(dst, x []float32) {
	axpy(1, x, dst) // a product by 1 is exact
}

// SentenceInputs fills the input rows of a sentence, one per token, in buf
// (grown to len(words)·dim) and returns buf, the rows and their dropout
// masks, reusing xs and drops: row i is what embed writes for token i and
// word row w = words[i], which is replaced by 0 (the unknown word) with
// probability wordDrop when rng is not nil; with rng and rate > 0 each row
// then gets an inverted-dropout mask (DropMask). The random numbers are
// drawn in that order, token by token, so a seeded training run repeats.
func SentenceInputs(buf []float32, xs, drops [][]float32, words []int32, dim int, rng *rand.Rand, wordDrop, rate float32,
	embed func(x []float32, w int32, i int)) ([]float32, [][]float32, [][]float32) {
	xs, drops = xs[:0], drops[:0]
	buf = Grow(buf, len(words)*dim)
	for i, w := range words {
		x := buf[i*dim : (i+1)*dim]
		if rng != nil && w != 0 && rng.Float32() < wordDrop {
			w = 0
		}
		embed(x, w, i)
		if rng != nil && rate > 0 {
			drops = append(drops, DropMask(x, rate, rng))
		}
		xs = append(xs, x)
	}
	return buf, xs, drops
}

// Vocabs reads len(sizes) vocabularies of sizes[i] keys each, written with
// AppendUint64s; the keys of each must be sorted.
func (d *Decoder) Vocabs(sizes ...int) ([]Vocab, error) {
	vs := make([]Vocab, len(sizes))
	for i, n := range sizes {
		ks := d.Uint64s(n)
		if err := d.Err(); err != nil {
			return nil, err
		}
		if !slices.IsSorted(ks) {
			return nil, errors.New("vocabulary not sorted")
		}
		vs[i] = NewVocab(ks)
	}
	return vs, nil
}
