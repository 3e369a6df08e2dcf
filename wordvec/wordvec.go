// Package wordvec learns word representations from plain text: word vectors
// by skip-gram with negative sampling (word2vec), and clusters of those
// vectors (spherical k-means) at several granularities, which a linear
// tagger reads as features. Training is single-threaded and seeded, so a
// seed and a corpus give the same vectors and clusters on every run.
package wordvec

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize maps a word to the form vectors are keyed by: lower case, ё as
// е, every decimal digit as 0.
func Normalize(w string) string {
	if n, ok := normalizeCyrillic(w); ok {
		return n
	}
	return strings.Map(normalizeRune, w)
}

// normalizeRune is Normalize for one rune.
func normalizeRune(r rune) rune {
	switch {
	case r == 'ё' || r == 'Ё':
		return 'е'
	case '0' <= r && r <= '9':
		return '0'
	}
	return unicode.ToLower(r)
}

// normalizeCyrillic is Normalize for a word of ASCII and the Cyrillic
// letters U+0400–U+045F, without the Unicode tables (every such rune keeps
// its length in UTF-8): w itself when nothing changes, else one
// allocation. ok is false for a word with any other byte.
func normalizeCyrillic(w string) (n string, ok bool) {
	changed := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c < utf8.RuneSelf:
			changed = changed || 'A' <= c && c <= 'Z' || '1' <= c && c <= '9'
		case (c == 0xD0 || c == 0xD1) && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			r := rune(c&0x1F)<<6 | rune(w[i+1]&0x3F)
			if r < 0x400 || r > 0x45F {
				return "", false
			}
			changed = changed || r < 0x430 || r == 'ё'
			i++
		default:
			return "", false
		}
	}
	if !changed {
		return w, true
	}
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '1' <= c && c <= '9':
				c = '0'
			}
			b.WriteByte(c)
			continue
		}
		r := rune(c&0x1F)<<6 | rune(w[i+1]&0x3F)
		switch {
		case r == 'Ё' || r == 'ё':
			r = 'е'
		case r < 0x410:
			r += 0x50 // Ѐ–Џ → ѐ–џ
		case r < 0x430:
			r += 0x20 // А–Я → а–я
		}
		b.WriteByte(byte(0xC0 | r>>6))
		b.WriteByte(byte(0x80 | r&0x3F))
		i++
	}
	return b.String(), true
}

// WordKey is the key of word w: Key of its normalized form.
func WordKey(w string) uint64 { return Key(Normalize(w)) }

// Key is the 64-bit FNV-1a hash of a normalized word, by which a Clusters
// table is indexed.
func Key(normalized string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(normalized); i++ {
		h ^= uint64(normalized[i])
		h *= 1099511628211
	}
	return h
}

// Options controls Train.
type Options struct {
	Dim      int     // vector size (default 100)
	Window   int     // largest distance of a context word (default 5)
	Negative int     // negative samples per context word (default 5)
	Epochs   int     // passes over the corpus (default 5)
	MinCount int     // words seen fewer times get no vector (default 3)
	Rate     float64 // initial learning rate, decayed linearly to 0 (default 0.025)
	Sample   float64 // frequent-word subsampling threshold (default 1e-3; < 0 turns it off)
	Seed     uint64  // initialization, window, subsampling and negative-sampling seed
	Log      io.Writer
}

func (o *Options) defaults() {
	if o.Dim <= 0 {
		o.Dim = 100
	}
	if o.Window <= 0 {
		o.Window = 5
	}
	if o.Negative <= 0 {
		o.Negative = 5
	}
	if o.Epochs <= 0 {
		o.Epochs = 5
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Rate <= 0 {
		o.Rate = 0.025
	}
	if o.Sample == 0 {
		o.Sample = 1e-3
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Vectors are the learned input vectors of a vocabulary.
type Vectors struct {
	Words  []string // by decreasing corpus count, ties by word
	Counts []int    // corpus count of each word
	Dim    int
	Vec    []float32 // len(Words)·Dim, row i the vector of Words[i]
}

// Vector returns the vector of word i.
func (v *Vectors) Vector(i int) []float32 { return v.Vec[i*v.Dim : (i+1)*v.Dim] }

// rng is word2vec's linear congruential generator: fast, and enough for
// window sizes, subsampling and negative samples.
type rng uint64

func (r *rng) next() uint64 {
	*r = *r*25214903917 + 11
	return uint64(*r)
}

// float returns a number in [0, 1).
func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

// intn returns a number in [0, n).
func (r *rng) intn(n int) int { return int((r.next() >> 16) % uint64(n)) }

// Train learns vectors from sentences of normalized words.
func Train(sents [][]string, opt Options) (*Vectors, error) {
	opt.defaults()
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
		}
	}
	v := &Vectors{Dim: opt.Dim}
	for w, n := range counts {
		if n >= opt.MinCount {
			v.Words = append(v.Words, w)
		}
	}
	slices.SortFunc(v.Words, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	if len(v.Words) == 0 {
		return nil, errors.New("wordvec: no word seen MinCount times")
	}
	id := make(map[string]int32, len(v.Words))
	total := 0
	v.Counts = make([]int, len(v.Words))
	for i, w := range v.Words {
		id[w] = int32(i)
		v.Counts[i] = counts[w]
		total += counts[w]
	}
	corpus := make([][]int32, 0, len(sents))
	for _, s := range sents {
		ids := make([]int32, 0, len(s))
		for _, w := range s {
			if i, ok := id[w]; ok {
				ids = append(ids, i)
			}
		}
		if len(ids) > 1 {
			corpus = append(corpus, ids)
		}
	}
	fmt.Fprintf(opt.Log, "wordvec: %d sentences, %d words in vocabulary of %d seen ≥ %d times\n",
		len(corpus), total, len(v.Words), opt.MinCount)

	// keep[i]: probability of keeping an occurrence of word i (subsampling).
	keep := make([]float64, len(v.Words))
	for i, n := range v.Counts {
		keep[i] = 1
		if opt.Sample > 0 {
			f := float64(n) / float64(total)
			keep[i] = min(1, (math.Sqrt(f/opt.Sample)+1)*opt.Sample/f)
		}
	}
	table := unigramTable(v.Counts, 1<<20)

	D := opt.Dim
	r := rng(opt.Seed*0x9E3779B97F4A7C15 + 1)
	in := make([]float32, len(v.Words)*D)
	for i := range in {
		in[i] = float32((r.float() - 0.5) / float64(D))
	}
	out := make([]float32, len(v.Words)*D)
	grad := make([]float32, D)
	planned := float64(opt.Epochs) * float64(total)
	done := 0.0
	var kept []int32
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		var loss float64
		pairs := 0
		for _, s := range corpus {
			kept = kept[:0]
			for _, w := range s {
				if keep[w] >= 1 || r.float() < keep[w] {
					kept = append(kept, w)
				}
			}
			rate := float32(opt.Rate * max(1e-4, 1-done/planned))
			done += float64(len(s))
			for pos, w := range kept {
				b := 1 + r.intn(opt.Window)
				for c := max(0, pos-b); c <= min(len(kept)-1, pos+b); c++ {
					if c == pos {
						continue
					}
					ctx := in[int(kept[c])*D : int(kept[c]+1)*D]
					clear(grad)
					for k := 0; k <= opt.Negative; k++ {
						target, label := w, float32(1)
						if k > 0 {
							target, label = table[r.intn(len(table))], 0
							if target == w {
								continue
							}
						}
						o := out[int(target)*D : int(target+1)*D]
						p := sigmoid(dot(ctx, o))
						if label == 1 {
							loss -= math.Log(max(float64(p), 1e-7))
						} else {
							loss -= math.Log(max(float64(1-p), 1e-7))
						}
						g := (label - p) * rate
						axpy(grad, g, o)
						axpy(o, g, ctx)
					}
					axpy(ctx, 1, grad)
					pairs++
				}
			}
		}
		fmt.Fprintf(opt.Log, "wordvec: epoch %d: loss per pair %.4f over %d pairs\n", epoch, loss/float64(max(pairs, 1)), pairs)
	}
	v.Vec = in
	return v, nil
}

// unigramTable holds word ids in proportion to count^0.75, the
// negative-sampling distribution of word2vec.
func unigramTable(counts []int, size int) []int32 {
	var z float64
	for _, n := range counts {
		z += math.Pow(float64(n), 0.75)
	}
	table := make([]int32, size)
	w := 0
	acc := math.Pow(float64(counts[0]), 0.75) / z
	for i := range table {
		table[i] = int32(w)
		if float64(i+1)/float64(size) > acc && w < len(counts)-1 {
			w++
			acc += math.Pow(float64(counts[w]), 0.75) / z
		}
	}
	return table
}

func sigmoid(x float32) float32 {
	switch {
	case x > 8:
		return 1
	case x < -8:
		return 0
	}
	return float32(1 / (1 + math.Exp(-float64(x))))
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// axpy adds a·x to y.
func axpy(y []float32, a float32, x []float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}
