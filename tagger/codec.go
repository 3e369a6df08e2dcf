package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/factgraph/factgraph/internal/modelfile"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/nn"
)

// File layout: magic "FGTAG", a format version byte, the SHA-256 of the
// payload, then the payload, gzip-compressed. Format version 3 (integers
// are unsigned varints unless said otherwise):
//
//	bits
//	text size: the bytes of all the strings built below, together
//	meta:     count, then per key (ascending): key, value
//	tags:     count, then each tag ("UPOS|Feats"), in index order
//	lexicon:  count, then per word (ascending): the word, its entry
//	          count, and per entry the tag index, the count and the lemma
//	endings:  count, then per key (ascending): key, tag count, tag indexes
//	lemma rules: count, then per key (ascending): key, cut, add
//	weight scale: float32, little-endian
//	weights:  1<<bits int16, little-endian
//
// Format version 4 is version 3 followed by the neural candidate scorer
// (neural.go): its word, feature and hidden sizes, its word, feature and
// part vocabulary sizes, the mix (float32, little-endian), the byte size
// of its arrays and the arrays (network.append). A model without a
// network is written as version 3.
//
// A string is coded against a base string (the previous key of its list,
// or for a lemma its word): the length of the prefix it shares with the
// base, the length of the rest, and the rest's bytes. Decoding builds
// every string in one preallocated buffer (a lemma that is a prefix of
// its word is a substring of it) and the maps with their final sizes.
//
// Version 2 (a JSON header, decodeV2) is still read; version 1 is refused.
const (
	magic         = "FGTAG"
	formatVersion = 3 // 3: binary lexicon and tables; 2: JSON header; 2+: row layout (rowParts)
	netVersion    = 4 // 3 and a network
	maxNetBytes   = 1 << 26
)

// ErrFormat is wrapped by every error Decode returns for a malformed file.
var ErrFormat = errors.New("not a valid factgraph tagger model")

// Limits on what a file declares, far above the shipped model's (953
// tags, 83 078 words, 95 543 lexicon entries, 16 422 endings, 41 679 lemma
// rules, about 3 MB of text), so that corrupt counts fail with ErrFormat
// instead of allocating without bound. Maps are presized with at most
// maxPresize entries; memory beyond that is taken as the data arrives.
const (
	maxTags      = 1 << 16
	maxItems     = 1 << 22 // words, endings, lemma rules, meta entries
	maxStringLen = 1 << 16
	maxTextBytes = 1 << 26
	maxCut       = 64
	maxPresize   = 1 << 17
	maxTextGrow  = 8 << 20
	entryChunk   = 4096 // lexicon entries (and ending tags) allocated together
)

// Encode writes the model in factgraph's tagger model format. The output
// depends only on the model.
func (m *Model) Encode(w io.Writer) error {
	var body bytes.Buffer
	e := encoder{body: &body}

	writeTable(&e, m.Meta, func(_, v string) { e.text("", v) })
	e.uint(len(m.tags))
	prev := ""
	for _, t := range m.tags {
		e.text(prev, t)
		prev = t
	}
	writeTable(&e, m.lex, func(w string, lx lexWord) {
		e.uint(len(lx.entries))
		for _, en := range lx.entries {
			e.uint(int(en.tag))
			e.uint(int(en.count))
			e.text(w, en.lemma)
		}
	})
	writeTable(&e, m.suffixes, func(_ string, ts []int32) {
		e.uint(len(ts))
		for _, t := range ts {
			e.uint(int(t))
		}
	})
	writeTable(&e, m.lemmas, func(_ string, r lemmaRule) {
		e.uint(r.Cut)
		e.text("", r.Add)
	})
	if e.err == nil && e.textBytes > maxTextBytes {
		e.err = fmt.Errorf("%d bytes of text", e.textBytes)
	}
	if e.err != nil {
		return fmt.Errorf("encode tagger model: %w", e.err)
	}

	q, scale := m.q, m.scale
	if m.w != nil {
		q, scale = quantize(m.w)
	}
	var payload bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&payload, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	var head []byte
	head = binary.AppendUvarint(head, uint64(m.bits))
	head = binary.AppendUvarint(head, uint64(e.textBytes))
	bw.Write(head)
	bw.Write(body.Bytes())
	le := binary.LittleEndian
	var buf [4]byte
	le.PutUint32(buf[:], math.Float32bits(scale))
	bw.Write(buf[:])
	for _, x := range q {
		le.PutUint16(buf[:], uint16(x))
		bw.Write(buf[:2])
	}
	version := byte(formatVersion)
	if m.net != nil {
		version = netVersion
		h := m.net.header()
		arrays := m.net.append(nil)
		var nb []byte
		for _, v := range []int{h.WordDim, h.FeatDim, h.Hidden, h.Words, h.Feats, h.Parts} {
			nb = binary.AppendUvarint(nb, uint64(v))
		}
		nb = le.AppendUint32(nb, math.Float32bits(m.netMix))
		nb = binary.AppendUvarint(nb, uint64(len(arrays)))
		bw.Write(nb)
		bw.Write(arrays)
	}
	err := bw.Flush()
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("encode tagger model: %w", err)
	}
	if err := modelfile.Write(w, magic, version, payload.Bytes()); err != nil {
		return fmt.Errorf("write tagger model: %w", err)
	}
	return nil
}

// encoder writes the varint body of a model.
type encoder struct {
	body      *bytes.Buffer
	textBytes int // bytes the decoder will build strings in (decoder.text)
	err       error
	buf       [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v int) {
	if v < 0 {
		e.err = fmt.Errorf("negative value %d", v)
		return
	}
	e.body.Write(binary.AppendUvarint(e.buf[:0], uint64(v)))
}

// text writes s as the length of its common prefix with base, the length
// of the rest, and the rest.
func (e *encoder) text(base, s string) {
	p := 0
	for p < len(base) && p < len(s) && base[p] == s[p] {
		p++
	}
	if len(s)-p > maxStringLen {
		e.err = fmt.Errorf("string of %d bytes", len(s))
		return
	}
	e.uint(p)
	e.uint(len(s) - p)
	e.body.WriteString(s[p:])
	if len(s) > p {
		e.textBytes += len(s)
	}
}

// writeTable writes a map as its size, then, in key order, each key
// front-coded against the one before and what value writes of its value.
func writeTable[V any](e *encoder, m map[string]V, value func(k string, v V)) {
	keys := sortedKeys(m)
	e.uint(len(keys))
	prev := ""
	for _, k := range keys {
		e.text(prev, k)
		value(k, m[k])
		prev = k
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

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
	return decodeBytes(raw, a)
}

// decodeBytes decodes a whole model file held in memory (the embedded
// model is decoded in place, without a copy).
func decodeBytes(raw []byte, a *morph.Analyzer) (*Model, error) {
	if len(raw) > len(magic) && string(raw[:len(magic)]) == magic && raw[len(magic)] == 2 {
		payload, err := modelfile.Read(raw, magic, 2)
		if err != nil {
			return nil, badFormat("%v", err)
		}
		return decodeV2(payload, a)
	}
	version := byte(formatVersion)
	if len(raw) > len(magic) && string(raw[:len(magic)]) == magic && raw[len(magic)] == netVersion {
		version = netVersion
	}
	payload, err := modelfile.Read(raw, magic, version)
	if err != nil {
		return nil, badFormat("%v", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(payload))
	if err != nil {
		return nil, badFormat("%v", err)
	}
	d := decoder{r: bufio.NewReaderSize(zr, 64<<10)}
	m, err := d.model(a, version == netVersion)
	if err != nil {
		return nil, badFormat("%v", err)
	}
	return m, nil
}

func badFormat(format string, args ...any) error {
	return fmt.Errorf("read tagger model: %w: %s", ErrFormat, fmt.Sprintf(format, args...))
}

// decoder reads a version 3 payload. The first error sticks: later reads
// return zero values, and loops stop at the next check of d.err.
type decoder struct {
	r        *bufio.Reader
	text     strings.Builder // the bytes of every string built (textStr)
	textSize int             // as declared
	scratch  []byte
	err      error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
}

// uint reads a varint no larger than limit.
func (d *decoder) uint(limit int, what string) int {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		d.fail("%s: %v", what, err)
		return 0
	}
	if v > uint64(limit) {
		d.fail("%s: %d, at most %d", what, v, limit)
		return 0
	}
	return int(v)
}

// textStr reads a string written by encoder.text against base. It is
// built in d.text, within the declared text size: strings already
// returned keep their bytes, as d.text only appends.
func (d *decoder) textStr(base, what string) string {
	p := d.uint(len(base), what)
	n := d.uint(maxStringLen, what)
	if d.err != nil || n == 0 {
		return base[:p]
	}
	off := d.text.Len()
	if off+p+n > d.textSize {
		d.fail("%s: more text than the %d bytes declared", what, d.textSize)
		return ""
	}
	if len(d.scratch) < n {
		d.scratch = make([]byte, max(n, 256))
	}
	b := d.scratch[:n]
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail("%s: %v", what, err)
		return ""
	}
	d.text.WriteString(base[:p])
	d.text.Write(b)
	return d.text.String()[off:]
}

// ascending reads the next key of a sorted list: it must follow prev.
func (d *decoder) ascending(prev string, first bool, what string) string {
	k := d.textStr(prev, what)
	if d.err == nil && !first && k <= prev {
		d.fail("%s %q after %q: not ascending", what, k, prev)
	}
	return k
}

func (d *decoder) model(a *morph.Analyzer, withNet bool) (*Model, error) {
	bits := d.uint(64, "weight bits")
	if d.err == nil && (bits < 10 || bits > 24) {
		d.fail("weight bits %d", bits)
	}
	d.textSize = d.uint(maxTextBytes, "text size")
	d.text.Grow(min(d.textSize, maxTextGrow))

	n := d.uint(maxItems, "meta count")
	meta := make(map[string]string, min(n, 64))
	k := ""
	for i := range n {
		k = d.ascending(k, i == 0, "meta key")
		meta[k] = d.textStr("", "meta value")
		if d.err != nil {
			return nil, d.err
		}
	}
	n = d.uint(maxTags, "tag count")
	if d.err == nil && n == 0 {
		d.fail("no tags")
	}
	if d.err != nil {
		return nil, d.err
	}
	m := &Model{
		Meta:     meta,
		bits:     uint8(bits),
		mask:     1<<bits - 1,
		tags:     make([]string, n),
		tagIndex: make(map[string]int32, n),
		parts:    make([][]uint64, n),
		an:       a,
		cache:    newWordCache(),
	}
	t := ""
	for i := range m.tags {
		t = d.textStr(t, "tag")
		if d.err != nil {
			return nil, d.err
		}
		if t == "" {
			return nil, fmt.Errorf("empty tag %d", i)
		}
		m.tags[i] = t
		m.tagIndex[t] = int32(i)
		m.parts[i] = m.layParts(tagParts(t), true)
	}
	nt := len(m.tags)

	n = d.uint(maxItems, "lexicon size")
	m.lex = make(map[string]lexWord, min(n, maxPresize))
	var slab []lexEntry // entries of many words, allocated together
	w := ""
	for i := range n {
		w = d.ascending(w, i == 0, "lexicon word")
		k := d.uint(nt, "lexicon entries")
		if d.err == nil && k == 0 {
			d.fail("lexicon word %q: no entries", w)
		}
		if d.err != nil {
			return nil, d.err
		}
		if len(slab) < k {
			slab = make([]lexEntry, max(k, entryChunk))
		}
		lx := lexWord{entries: slab[:k:k]}
		slab = slab[k:]
		var total int64
		for j := range lx.entries {
			tag := d.uint(nt-1, "lexicon tag")
			count := d.uint(math.MaxInt32, "lexicon count")
			lemma := d.textStr(w, "lexicon lemma")
			if d.err == nil && count == 0 {
				d.fail("lexicon word %q: count 0", w)
			}
			total += int64(count)
			lx.entries[j] = lexEntry{tag: int32(tag), count: int32(count), lemma: lemma}
		}
		if d.err == nil && total > math.MaxInt32 {
			d.fail("lexicon word %q: total count %d", w, total)
		}
		if d.err != nil {
			return nil, d.err
		}
		lx.total = int32(total)
		m.lex[w] = lx
	}

	n = d.uint(maxItems, "ending count")
	m.suffixes = make(map[string][]int32, min(n, maxPresize))
	var tslab []int32
	k = ""
	for i := range n {
		k = d.ascending(k, i == 0, "ending")
		c := d.uint(nt, "ending tags")
		if d.err != nil {
			return nil, d.err
		}
		if len(tslab) < c {
			tslab = make([]int32, max(c, entryChunk))
		}
		ts := tslab[:c:c]
		tslab = tslab[c:]
		for j := range ts {
			ts[j] = int32(d.uint(nt-1, "ending tag"))
		}
		m.suffixes[k] = ts
	}

	n = d.uint(maxItems, "lemma rule count")
	m.lemmas = make(map[string]lemmaRule, min(n, maxPresize))
	k = ""
	for i := range n {
		k = d.ascending(k, i == 0, "lemma rule")
		cut := d.uint(maxCut, "lemma rule cut")
		m.lemmas[k] = lemmaRule{Cut: cut, Add: d.textStr("", "lemma rule add")}
		if d.err != nil {
			return nil, d.err
		}
	}
	if d.err == nil && d.text.Len() != d.textSize {
		d.fail("text of %d bytes, %d declared", d.text.Len(), d.textSize)
	}
	if d.err != nil {
		return nil, d.err
	}
	m.q, m.scale = d.weights(bits)
	if d.err != nil {
		return nil, d.err
	}
	if withNet {
		if err := d.network(m); err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
	}
	if _, err := d.r.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("data after the model (%v)", err)
	}
	return m, nil
}

// network reads the network section of a version 4 file and attaches
// the network to m.
func (d *decoder) network(m *Model) error {
	var h netHeader
	for _, v := range []*int{&h.WordDim, &h.FeatDim, &h.Hidden, &h.Words, &h.Feats, &h.Parts} {
		*v = d.uint(maxItems, "network size")
	}
	var buf [4]byte
	if d.err == nil {
		if _, err := io.ReadFull(d.r, buf[:]); err != nil {
			d.fail("mix: %v", err)
		}
	}
	size := d.uint(maxNetBytes, "network bytes")
	if d.err != nil {
		return d.err
	}
	mix := math.Float32frombits(binary.LittleEndian.Uint32(buf[:]))
	if math.IsNaN(float64(mix)) || math.IsInf(float64(mix), 0) || mix < 0 {
		return fmt.Errorf("bad mix %v", mix)
	}
	// read as the data arrives, so that a false size allocates nothing
	b, err := io.ReadAll(io.LimitReader(d.r, int64(size)))
	if err != nil {
		return err
	}
	if len(b) != size {
		return fmt.Errorf("%d of %d bytes: %w", len(b), size, io.ErrUnexpectedEOF)
	}
	n, err := decodeNetwork(nn.NewDecoder(b), h)
	if err != nil {
		return err
	}
	m.setNetwork(n, mix)
	return nil
}

// weights reads the scale and the 1<<bits weights, straight into the
// []int16, a chunk at a time.
func (d *decoder) weights(bits int) ([]int16, float32) {
	le := binary.LittleEndian
	var buf [32 << 10]byte
	if _, err := io.ReadFull(d.r, buf[:4]); err != nil {
		d.fail("weight scale: %v", err)
		return nil, 0
	}
	scale := math.Float32frombits(le.Uint32(buf[:4]))
	if math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) {
		d.fail("weight scale %v", scale)
		return nil, 0
	}
	q := make([]int16, 1<<bits)
	for i := 0; i < len(q); {
		k := min(len(q)-i, len(buf)/2)
		if _, err := io.ReadFull(d.r, buf[:2*k]); err != nil {
			d.fail("weights: %d of %d: %v", i, len(q), err)
			return nil, 0
		}
		for j := range k {
			q[i+j] = int16(le.Uint16(buf[2*j:]))
		}
		i += k
	}
	return q, scale
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
