package relation

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/factgraph/factgraph/internal/hashtab"
	"github.com/factgraph/factgraph/internal/modelfile"
)

// File layout: magic "FGREL", a format version byte, the SHA-256 of the
// payload, then the payload, gzip-compressed: a length-prefixed JSON header
// followed by the weight arrays in little-endian order (feature keys, row
// pointers, row labels, int16 weights).
const (
	magic         = "FGREL"
	formatVersion = 1
)

// maxPayload bounds the decompressed payload, so that a corrupt file cannot
// ask for absurd allocations.
const maxPayload = 1 << 28

type header struct {
	Labels []string `json:"labels"`
	// Sigs maps "ARG1>ARG2" entity types to the relation types allowed.
	Sigs   map[string][]string `json:"sigs"`
	Window int                 `json:"window"`
	Alias  string              `json:"alias,omitempty"`
	Bias   float32             `json:"none_bias"`
	Scale  float32             `json:"scale"`
	Keys   int                 `json:"keys"`
	NNZ    int                 `json:"nnz"`
	Meta   map[string]string   `json:"meta,omitempty"`
}

// Encode writes the model in factgraph's relation model format.
func (m *Model) Encode(w io.Writer) error {
	h := header{Labels: m.labels, Sigs: map[string][]string{}, Window: m.window, Bias: m.bias,
		Scale: m.scale, Keys: len(m.keys), NNZ: len(m.qw), Meta: m.Meta}
	if len(m.alias) > 0 {
		h.Alias = m.labels[m.alias[0]]
	}
	for p, ls := range m.sigs {
		names := make([]string, len(ls))
		for i, l := range ls {
			names[i] = m.labels[l]
		}
		h.Sigs[p.a+">"+p.b] = names
	}
	hb, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("encode relation model header: %w", err)
	}
	var payload bytes.Buffer
	zw := gzip.NewWriter(&payload)
	le := binary.LittleEndian
	for _, v := range []any{uint32(len(hb)), hb, m.keys, m.rowPtr, m.rowLab, m.qw} {
		if err == nil {
			err = binary.Write(zw, le, v)
		}
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("encode relation model: %w", err)
	}
	if err := modelfile.Write(w, magic, formatVersion, payload.Bytes()); err != nil {
		return fmt.Errorf("write relation model: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode, checking its magic, format
// version and checksum and the consistency of its arrays.
func Decode(r io.Reader) (*Model, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read relation model: %w", err)
	}
	payload, err := modelfile.Read(raw, magic, formatVersion)
	if err != nil {
		return nil, fmt.Errorf("read relation model: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(payload))
	if err != nil {
		return nil, fmt.Errorf("read relation model: %w", err)
	}
	body, err := io.ReadAll(io.LimitReader(zr, maxPayload+1))
	if err != nil {
		return nil, fmt.Errorf("read relation model: %w", err)
	}
	if len(body) > maxPayload {
		return nil, errors.New("read relation model: payload too large")
	}
	m, err := decodeBody(body)
	if err != nil {
		return nil, fmt.Errorf("read relation model: %w", err)
	}
	return m, nil
}

func decodeBody(b []byte) (*Model, error) {
	le := binary.LittleEndian
	take := func(k int) ([]byte, error) {
		if k < 0 || k > len(b) {
			return nil, errors.New("truncated payload")
		}
		out := b[:k]
		b = b[k:]
		return out, nil
	}
	lb, err := take(4)
	if err != nil {
		return nil, err
	}
	hb, err := take(int(le.Uint32(lb)))
	if err != nil {
		return nil, err
	}
	var h header
	if err := json.Unmarshal(hb, &h); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if len(h.Labels) < 2 || len(h.Labels) > 255 || h.Labels[0] != None {
		return nil, fmt.Errorf("bad header: %d labels", len(h.Labels))
	}
	if h.Keys < 0 || h.NNZ < 0 || h.Window < 0 || h.Window > 8 {
		return nil, errors.New("bad header: negative sizes or window")
	}
	if bad(h.Scale) || bad(h.Bias) {
		return nil, errors.New("bad header: weight scale or bias not finite")
	}
	m := &Model{labels: h.Labels, window: h.Window, bias: h.Bias, scale: h.Scale, Meta: h.Meta}
	m.labelID = map[string]int{}
	for i, l := range h.Labels {
		if _, dup := m.labelID[l]; dup {
			return nil, fmt.Errorf("bad header: label %q listed twice", l)
		}
		m.labelID[l] = i
	}
	if h.Alias != "" {
		id, ok := m.labelID[h.Alias]
		if !ok || id == 0 {
			return nil, fmt.Errorf("bad header: unknown alias relation %q", h.Alias)
		}
		m.alias = []uint8{uint8(id)}
	}
	m.sigs = map[typePair][]uint8{}
	for k, names := range h.Sigs {
		a, bt, ok := strings.Cut(k, ">")
		if !ok {
			return nil, fmt.Errorf("bad header: signature key %q", k)
		}
		var ls []uint8
		for _, nm := range names {
			id, ok := m.labelID[nm]
			if !ok || id == 0 {
				return nil, fmt.Errorf("bad header: signature %q names unknown relation %q", k, nm)
			}
			ls = append(ls, uint8(id))
		}
		slices.Sort(ls)
		m.sigs[typePair{a, bt}] = slices.Compact(ls)
	}
	// sizes are checked against what is left before allocating
	if h.Keys > len(b)/8 || h.NNZ > len(b)/3 {
		return nil, errors.New("truncated payload")
	}
	kb, err := take(8 * h.Keys)
	if err != nil {
		return nil, err
	}
	rb, err := take(4 * (h.Keys + 1))
	if err != nil {
		return nil, err
	}
	lab, err := take(h.NNZ)
	if err != nil {
		return nil, err
	}
	wb, err := take(2 * h.NNZ)
	if err != nil {
		return nil, err
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%d trailing bytes", len(b))
	}
	m.keys = make([]uint64, h.Keys)
	for i := range m.keys {
		m.keys[i] = le.Uint64(kb[8*i:])
	}
	m.rowPtr = make([]uint32, h.Keys+1)
	for i := range m.rowPtr {
		m.rowPtr[i] = le.Uint32(rb[4*i:])
	}
	m.rowLab = slices.Clone(lab)
	m.qw = make([]int16, h.NNZ)
	for i := range m.qw {
		m.qw[i] = int16(le.Uint16(wb[2*i:]))
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	m.index = hashtab.New(m.keys)
	return m, nil
}

func bad(x float32) bool { return math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) }

func (m *Model) validate() error {
	if m.rowPtr[0] != 0 || int(m.rowPtr[len(m.rowPtr)-1]) != len(m.qw) {
		return errors.New("row pointers do not cover the weights")
	}
	for i := 1; i < len(m.rowPtr); i++ {
		if m.rowPtr[i] < m.rowPtr[i-1] {
			return errors.New("row pointers decrease")
		}
	}
	for _, l := range m.rowLab {
		if int(l) >= len(m.labels) {
			return fmt.Errorf("label %d out of range", l)
		}
	}
	if !sort.SliceIsSorted(m.keys, func(i, j int) bool { return m.keys[i] < m.keys[j] }) {
		return errors.New("feature keys not sorted")
	}
	return nil
}
