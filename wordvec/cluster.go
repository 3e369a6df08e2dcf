package wordvec

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/factgraph/factgraph/internal/hashtab"
	"github.com/factgraph/factgraph/internal/modelfile"
)

// KMeans groups the words of v into k clusters of similar direction
// (spherical k-means: unit vectors, cosine similarity) in at most iters
// rounds, and returns the cluster of each word. The first centers are k
// distinct words drawn with seed among the most frequent half of the
// vocabulary, so that they start on well-trained vectors.
func (v *Vectors) KMeans(k, iters int, seed uint64) []int32 {
	n, D := len(v.Words), v.Dim
	k = min(k, n)
	unit := make([]float32, len(v.Vec))
	for i := range n {
		x := unit[i*D : (i+1)*D]
		copy(x, v.Vector(i))
		normalize(x)
	}
	centers := make([]float32, k*D)
	r := rng(seed*0x9E3779B97F4A7C15 + 7)
	pool := max(k, n/2)
	picked := map[int]bool{}
	for c := 0; c < k; {
		i := r.intn(pool)
		if picked[i] {
			continue
		}
		picked[i] = true
		copy(centers[c*D:(c+1)*D], unit[i*D:(i+1)*D])
		c++
	}
	assign := make([]int32, n)
	for i := range assign {
		assign[i] = -1
	}
	sums := make([]float32, k*D)
	for range iters {
		changed := 0
		for i := range n {
			x := unit[i*D : (i+1)*D]
			best, arg := float32(math.Inf(-1)), int32(0)
			for c := range k {
				if s := dot(x, centers[c*D:(c+1)*D]); s > best {
					best, arg = s, int32(c)
				}
			}
			if assign[i] != arg {
				assign[i] = arg
				changed++
			}
		}
		if changed == 0 {
			break
		}
		clear(sums)
		for i, c := range assign {
			axpy(sums[int(c)*D:int(c+1)*D], 1, unit[i*D:(i+1)*D])
		}
		for c := range k {
			s := sums[c*D : (c+1)*D]
			if normalize(s) {
				copy(centers[c*D:(c+1)*D], s)
			}
		}
	}
	return assign
}

// normalize scales x to unit length and reports whether it was non-zero.
func normalize(x []float32) bool {
	n := math.Sqrt(float64(dot(x, x)))
	if n == 0 {
		return false
	}
	for i := range x {
		x[i] = float32(float64(x[i]) / n)
	}
	return true
}

// Clusters maps words, by the Key of their normalized form, to one cluster
// per level, each level a clustering of the same words at another
// granularity.
type Clusters struct {
	Sizes []int    // number of clusters of each level (each at most 65 536)
	Keys  []uint64 // word keys, strictly increasing
	IDs   []uint16 // len(Keys)·len(Sizes): the clusters of word i at IDs[i·levels:]
	index hashtab.Table
}

// NewClusters builds the table of words with their cluster at each level:
// assign[l][i] is the cluster of words[i] at level l, which has sizes[l]
// clusters.
func NewClusters(words []string, sizes []int, assign [][]int32) (*Clusters, error) {
	if len(assign) != len(sizes) {
		return nil, fmt.Errorf("wordvec: %d assignments for %d levels", len(assign), len(sizes))
	}
	order := make([]int, len(words))
	keys := make([]uint64, len(words))
	for i, w := range words {
		order[i] = i
		keys[i] = Key(w)
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case keys[a] < keys[b]:
			return -1
		case keys[a] > keys[b]:
			return 1
		}
		return 0
	})
	c := &Clusters{Sizes: slices.Clone(sizes)}
	for j, i := range order {
		if j > 0 && keys[i] == c.Keys[len(c.Keys)-1] {
			continue // hash collision or repeated word: the first wins
		}
		c.Keys = append(c.Keys, keys[i])
		for l := range sizes {
			if len(assign[l]) != len(words) {
				return nil, fmt.Errorf("wordvec: level %d assigns %d words of %d", l, len(assign[l]), len(words))
			}
			c.IDs = append(c.IDs, uint16(assign[l][i]))
		}
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	c.index = hashtab.New(c.Keys)
	return c, nil
}

// Levels reports the number of clusterings.
func (c *Clusters) Levels() int { return len(c.Sizes) }

// Len reports the number of words.
func (c *Clusters) Len() int { return len(c.Keys) }

// Lookup returns the clusters of a normalized word at each level, or nil
// for a word outside the table. The result aliases the table.
func (c *Clusters) Lookup(normalized string) []uint16 {
	r := c.index.Get(Key(normalized))
	if r < 0 {
		return nil
	}
	L := len(c.Sizes)
	return c.IDs[int(r)*L : int(r+1)*L]
}

// Append appends the table: uint32 levels, the sizes (uint32 each), uint32
// words, the keys (uint64), the cluster ids (uint16), all little-endian.
func (c *Clusters) Append(b []byte) []byte {
	le := binary.LittleEndian
	b = le.AppendUint32(b, uint32(len(c.Sizes)))
	for _, s := range c.Sizes {
		b = le.AppendUint32(b, uint32(s))
	}
	b = le.AppendUint32(b, uint32(len(c.Keys)))
	for _, k := range c.Keys {
		b = le.AppendUint64(b, k)
	}
	for _, id := range c.IDs {
		b = le.AppendUint16(b, id)
	}
	return b
}

// DecodeClusters reads a table written by Append from the front of b
// and returns it with the bytes that follow it.
func DecodeClusters(b []byte) (*Clusters, []byte, error) {
	le := binary.LittleEndian
	take := func(n int) ([]byte, error) {
		if n < 0 || n > len(b) {
			return nil, fmt.Errorf("wordvec: clusters truncated: %d bytes wanted, %d left", n, len(b))
		}
		p := b[:n]
		b = b[n:]
		return p, nil
	}
	p, err := take(4)
	if err != nil {
		return nil, nil, err
	}
	levels := int(le.Uint32(p))
	if levels < 1 || levels > 16 {
		return nil, nil, fmt.Errorf("wordvec: clusters: %d levels", levels)
	}
	c := &Clusters{Sizes: make([]int, levels)}
	if p, err = take(4 * levels); err != nil {
		return nil, nil, err
	}
	for l := range c.Sizes {
		c.Sizes[l] = int(le.Uint32(p[4*l:]))
	}
	if p, err = take(4); err != nil {
		return nil, nil, err
	}
	n := int(le.Uint32(p))
	if n > len(b)/(8+2*levels) {
		return nil, nil, fmt.Errorf("wordvec: clusters truncated: %d words, %d bytes left", n, len(b))
	}
	kb, _ := take(8 * n)
	ib, _ := take(2 * n * levels)
	c.Keys = make([]uint64, n)
	for i := range c.Keys {
		c.Keys[i] = le.Uint64(kb[8*i:])
	}
	c.IDs = make([]uint16, n*levels)
	for i := range c.IDs {
		c.IDs[i] = le.Uint16(ib[2*i:])
	}
	if err := c.validate(); err != nil {
		return nil, nil, err
	}
	c.index = hashtab.New(c.Keys)
	return c, b, nil
}

func (c *Clusters) validate() error {
	for l, s := range c.Sizes {
		if s < 1 || s > 1<<16 {
			return fmt.Errorf("wordvec: clusters: level %d has %d clusters", l, s)
		}
	}
	for i := 1; i < len(c.Keys); i++ {
		if c.Keys[i] <= c.Keys[i-1] {
			return fmt.Errorf("wordvec: clusters: keys not increasing at %d", i)
		}
	}
	L := len(c.Sizes)
	if len(c.IDs) != len(c.Keys)*L {
		return fmt.Errorf("wordvec: clusters: %d ids for %d words of %d levels", len(c.IDs), len(c.Keys), L)
	}
	for i, id := range c.IDs {
		if int(id) >= c.Sizes[i%L] {
			return fmt.Errorf("wordvec: clusters: word %d in cluster %d of level %d, which has %d", i/L, id, i%L, c.Sizes[i%L])
		}
	}
	return nil
}

// File layout of a standalone cluster table: magic "FGWVC", a format
// version byte, the SHA-256 of the payload, then the payload written by
// Append.
const (
	fileMagic   = "FGWVC"
	fileVersion = 1
)

// Encode writes the table as a standalone file.
func (c *Clusters) Encode(w io.Writer) error {
	if err := modelfile.Write(w, fileMagic, fileVersion, c.Append(nil)); err != nil {
		return fmt.Errorf("write word clusters: %w", err)
	}
	return nil
}

// Decode reads a table written by Encode.
func Decode(r io.Reader) (*Clusters, error) {
	payload, err := modelfile.ReadFrom(r, fileMagic, fileVersion)
	if err != nil {
		return nil, fmt.Errorf("read word clusters: %w", err)
	}
	c, rest, err := DecodeClusters(payload)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("read word clusters: %d bytes after the table", len(rest))
	}
	return c, nil
}
