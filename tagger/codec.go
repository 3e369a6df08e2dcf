package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/factgraph/factgraph/internal/modelfile"
	"github.com/factgraph/factgraph/morph"
)

// File layout: magic "FGTAG", a format version byte, the SHA-256 of the
// payload, then the payload, gzip-compressed: a uint32 length and a JSON
// header (tags, lexicon, ending table, lemma rules, metadata), then the
// float32 weight scale and 1<<bits int16 quantized weights, little-endian.
const (
	magic         = "FGTAG"
	formatVersion = 2 // 2: row layout of the small tag parts (rowParts)
)

// ErrFormat is wrapped by every error Decode returns for a malformed file.
var ErrFormat = errors.New("not a valid factgraph tagger model")

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

// Encode writes the model in factgraph's tagger model format. The output
// depends only on the model.
func (m *Model) Encode(w io.Writer) error {
	h := fileHeader{Bits: int(m.bits), Tags: m.tags, Suffixes: m.suffixes, Lemmas: m.lemmas, Meta: m.Meta}
	words := make([]string, 0, len(m.lex))
	for w := range m.lex {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		lx := m.lex[w]
		fl := fileLexWord{W: w}
		for _, e := range lx.entries {
			fl.T = append(fl.T, e.tag)
			fl.N = append(fl.N, e.count)
			fl.L = append(fl.L, e.lemma)
		}
		h.Lex = append(h.Lex, fl)
	}
	hb, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("encode tagger model: %w", err)
	}
	q, scale := m.q, m.scale
	if m.w != nil {
		q, scale = quantize(m.w)
	}
	var payload bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&payload, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	write := func(v any) {
		if err == nil {
			err = binary.Write(bw, le, v)
		}
	}
	write(uint32(len(hb)))
	write(hb)
	write(scale)
	write(q)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("encode tagger model: %w", err)
	}
	if err := modelfile.Write(w, magic, formatVersion, payload.Bytes()); err != nil {
		return fmt.Errorf("write tagger model: %w", err)
	}
	return nil
}

// maxHeader bounds the JSON header read from a model file.
const maxHeader = 1 << 28

// Decode reads a model written by Encode, checking its magic, format
// version and checksum, and attaches the embedded dictionary
// (morph.Default). Errors wrap ErrFormat when the data is malformed.
func Decode(r io.Reader) (*Model, error) {
	a, err := morph.Default()
	if err != nil {
		return nil, fmt.Errorf("read tagger model: %w", err)
	}
	return DecodeWith(r, a)
}

// DecodeWith is Decode with a given dictionary analyzer (nil: none, only
// the training lexicon and ending table give candidates).
func DecodeWith(r io.Reader, a *morph.Analyzer) (*Model, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read tagger model: %w", err)
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("read tagger model: %w: %s", ErrFormat, fmt.Sprintf(format, args...))
	}
	payload, err := modelfile.Read(raw, magic, formatVersion)
	if err != nil {
		return nil, bad("%v", err)
	}
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
		cache:    newWordCache(1 << 16),
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

// quantize turns weights into int16 with one scale (the largest weight
// maps to 32767), as they are stored and used at run time.
func quantize(w []float32) ([]int16, float32) {
	var maxAbs float32
	for _, x := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(w))
	for i, x := range w {
		q[i] = int16(math.Round(float64(x / scale)))
	}
	return q, scale
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
