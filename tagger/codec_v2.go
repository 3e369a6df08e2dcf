package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"io"
	"math"

	"github.com/factgraph/factgraph/morph"
)

// fileHeader is the JSON header of format version 2.
type fileHeader struct {
	Bits     int                  `json:"bits"`
	Tags     []string             `json:"tags"`
	Lex      []fileLexWord        `json:"lex"`
	Suffixes map[string][]int32   `json:"suffixes"`
	Lemmas   map[string]lemmaRule `json:"lemmas"`
	Meta     map[string]string    `json:"meta,omitempty"`
}

type fileLexWord struct {
	W string   `json:"w"`
	T []int32  `json:"t"`
	N []int32  `json:"n"`
	L []string `json:"l"`
}

// maxHeader bounds the JSON header read from a model file.
const maxHeader = 1 << 28

// decodeV2 reads the payload of a format version 2 file: a uint32 length
// and a JSON header, then the weight scale and the weights, all gzipped.
// Version 2 files are still read (and written again as version 3 by
// Encode); the decoder is kept as it was.
func decodeV2(payload []byte, a *morph.Analyzer) (*Model, error) {
	bad := badFormat
	zr, err := gzip.NewReader(bytes.NewReader(payload))
	if err != nil {
		return nil, bad("%v", err)
	}
	br := bufio.NewReader(zr)
	le := binary.LittleEndian
	var hl uint32
	if err := binary.Read(br, le, &hl); err != nil {
		return nil, bad("header length: %v", err)
	}
	if hl > maxHeader {
		return nil, bad("header of %d bytes", hl)
	}
	hb := make([]byte, 0, min(int(hl), 1<<20))
	hb, err = readN(br, hb, int(hl))
	if err != nil {
		return nil, bad("header: %v", err)
	}
	var h fileHeader
	if err := json.Unmarshal(hb, &h); err != nil {
		return nil, bad("header: %v", err)
	}
	if h.Bits < 10 || h.Bits > 24 {
		return nil, bad("weight bits %d", h.Bits)
	}
	m := &Model{
		Meta:     h.Meta,
		bits:     uint8(h.Bits),
		mask:     1<<h.Bits - 1,
		tags:     h.Tags,
		tagIndex: make(map[string]int32, len(h.Tags)),
		suffixes: h.Suffixes,
		lemmas:   h.Lemmas,
		lex:      make(map[string]lexWord, len(h.Lex)),
		an:       a,
		cache:    newWordCache(),
	}
	if m.Meta == nil {
		m.Meta = map[string]string{}
	}
	if len(m.tags) == 0 || len(m.tags) > math.MaxInt32 {
		return nil, bad("%d tags", len(m.tags))
	}
	for i, t := range m.tags {
		if t == "" {
			return nil, bad("empty tag %d", i)
		}
		m.tagIndex[t] = int32(i)
		m.parts = append(m.parts, m.layParts(tagParts(t), true))
	}
	nt := int32(len(m.tags))
	for key, ts := range m.suffixes {
		for _, t := range ts {
			if t < 0 || t >= nt {
				return nil, bad("ending %q: tag %d out of range", key, t)
			}
		}
	}
	for key, r := range m.lemmas {
		if r.Cut < 0 || r.Cut > 64 {
			return nil, bad("lemma rule %q: cut %d", key, r.Cut)
		}
	}
	for _, fl := range h.Lex {
		if len(fl.T) == 0 || len(fl.N) != len(fl.T) || len(fl.L) != len(fl.T) {
			return nil, bad("lexicon word %q: inconsistent entries", fl.W)
		}
		var lx lexWord
		for i, t := range fl.T {
			if t < 0 || t >= nt || fl.N[i] <= 0 {
				return nil, bad("lexicon word %q: bad entry", fl.W)
			}
			lx.total += fl.N[i]
			lx.entries = append(lx.entries, lexEntry{tag: t, count: fl.N[i], lemma: fl.L[i]})
		}
		m.lex[fl.W] = lx
	}
	var scale float32
	if err := binary.Read(br, le, &scale); err != nil {
		return nil, bad("weight scale: %v", err)
	}
	if math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) {
		return nil, bad("weight scale %v", scale)
	}
	q := make([]int16, 1<<h.Bits)
	if err := binary.Read(br, le, q); err != nil {
		return nil, bad("weights: %v", err)
	}
	m.q, m.scale = q, scale
	return m, nil
}

// readN appends exactly n bytes from r to dst, growing dst as data arrives
// so that a corrupt length cannot force a huge allocation up front.
func readN(r io.Reader, dst []byte, n int) ([]byte, error) {
	var buf [32 << 10]byte
	for n > 0 {
		k, err := r.Read(buf[:min(n, len(buf))])
		dst = append(dst, buf[:k]...)
		n -= k
		if err != nil {
			if err == io.EOF && n == 0 {
				break
			}
			if err == io.EOF {
				return dst, io.ErrUnexpectedEOF
			}
			return dst, err
		}
	}
	return dst, nil
}
