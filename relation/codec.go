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
	"strings"

	"github.com/factgraph/factgraph/internal/hashtab"
	"github.com/factgraph/factgraph/internal/modelfile"
	"github.com/factgraph/factgraph/nn"
)

// File layout: magic "FGREL", a format version byte, the SHA-256 of the
// payload, then the payload, gzip-compressed: a length-prefixed JSON header
// followed by the weight arrays in little-endian order (feature keys, row
// pointers, row labels, int16 weights) and, when the header describes a
// neural scorer, the network's arrays (see network.append). A model without
// a network is written as version 1, as before the network.
const (
	magic         = "FGREL"
	formatVersion = 2
	oldVersion    = 1 // the linear model alone
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
	Net    *netHeader          `json:"net,omitempty"`
}

// Encode writes the model in factgraph's relation model format.
func (m *Model) Encode(w io.Writer) error {
	h := header{Labels: m.labels, Sigs: map[string][]string{}, Window: m.window, Bias: m.bias,
		Scale: m.w.Scale, Keys: m.w.Rows(), NNZ: m.w.NNZ(), Meta: m.Meta}
	if m.net != nil {
		n := m.net
		h.Net = &netHeader{netDims: n.dims, Words: len(n.words.Keys), Feats: len(n.feats.Keys), Pairs: len(n.pairs.Keys), Mix: m.mix}
	}
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
	body := binary.LittleEndian.AppendUint32(nil, uint32(len(hb)))
	body = append(body, hb...)
	body = m.w.AppendArrays(body)
	if m.net != nil {
		body = m.net.append(body)
	}
	var payload bytes.Buffer
	zw := gzip.NewWriter(&payload)
	if _, err = zw.Write(body); err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("encode relation model: %w", err)
	}
	version := byte(formatVersion)
	if m.net == nil {
		version = oldVersion // readable by the binaries before the network
	}
	if err := modelfile.Write(w, magic, version, payload.Bytes()); err != nil {
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
	version := byte(formatVersion)
	if len(raw) > len(magic) && raw[len(magic)] == oldVersion {
		version = oldVersion
	}
	payload, err := modelfile.Read(raw, magic, version)
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
	d := nn.NewDecoder(b)
	hb := d.Bytes(int(d.Uint32()))
	if err := d.Err(); err != nil {
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
	m := &Model{labels: h.Labels, window: h.Window, bias: h.Bias, Meta: h.Meta}
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
	m.w = d.SparseArrays(h.Keys, h.NNZ, h.Scale, len(m.labels))
	if err := d.Err(); err != nil {
		return nil, err
	}
	if h.Net != nil {
		if bad(h.Net.Mix) {
			return nil, errors.New("bad header: network mix not finite")
		}
		n, err := decodeNetwork(d, h.Net, len(m.labels))
		if err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
		m.net, m.mix = n, h.Net.Mix
	}
	if d.Len() != 0 {
		return nil, fmt.Errorf("%d trailing bytes", d.Len())
	}
	m.index = hashtab.New(m.w.Keys)
	if err := m.attachLexicon(); err != nil {
		return nil, err
	}
	return m, nil
}

func bad(x float32) bool { return math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) }
