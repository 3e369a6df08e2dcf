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
// neural scorer, the network's arrays (see network.append), then those of
// the other networks of an ensemble (header.MoreNets). A model without a
// network is written as version 1, as before the network, and one with a
// single network as version 2, as before the ensembles.
const (
	magic         = "FGREL"
	formatVersion = 3 // several networks
	oneNetVersion = 2 // a single network
	oldVersion    = 1 // the linear model alone
	maxNetworks   = 16
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
	// MoreNets describes the networks averaged with Net's (version 3);
	// NetProbs says they average probabilities rather than scores.
	MoreNets []netHeader `json:"more_nets,omitempty"`
	NetProbs bool        `json:"net_probs,omitempty"`
}

// Encode writes the model in factgraph's relation model format.
func (m *Model) Encode(w io.Writer) error {
	h := header{Labels: m.labels, Sigs: map[string][]string{}, Window: m.window, Bias: m.bias,
		Scale: m.w.Scale, Keys: m.w.Rows(), NNZ: m.w.NNZ(), Meta: m.Meta}
	for k, n := range m.nets {
		nh := netHeader{netDims: n.dims, Words: len(n.words.Keys), Feats: len(n.feats.Keys), Pairs: len(n.pairs.Keys)}
		if k == 0 {
			nh.Mix = m.mix
			h.Net = &nh
		} else {
			h.MoreNets = append(h.MoreNets, nh)
			h.NetProbs = m.probs
		}
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
	for _, n := range m.nets {
		body = n.append(body)
	}
	var payload bytes.Buffer
	zw := gzip.NewWriter(&payload)
	if _, err = zw.Write(body); err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("encode relation model: %w", err)
	}
	// a linear model is readable by the binaries before the network, a
	// single network by those before the ensembles
	if err := modelfile.Write(w, magic, fileVersion(m), payload.Bytes()); err != nil {
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
	if len(raw) > len(magic) && (raw[len(magic)] == oldVersion || raw[len(magic)] == oneNetVersion) {
		version = raw[len(magic)]
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
	if err == nil && fileVersion(m) != version {
		err = fmt.Errorf("%d networks in a file of format version %d", len(m.nets), version)
	}
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
		if len(h.MoreNets) >= maxNetworks {
			return nil, fmt.Errorf("bad header: %d networks", len(h.MoreNets)+1)
		}
		for k, nh := range append([]netHeader{*h.Net}, h.MoreNets...) {
			n, err := decodeNetwork(d, &nh, len(m.labels))
			if err != nil {
				return nil, fmt.Errorf("network %d: %w", k+1, err)
			}
			m.nets = append(m.nets, n)
		}
		m.mix, m.probs = h.Net.Mix, h.NetProbs
	} else if len(h.MoreNets) > 0 || h.NetProbs {
		return nil, errors.New("bad header: more networks without a first one")
	}
	if m.probs && len(m.nets) < 2 {
		return nil, errors.New("bad header: probabilities averaged over one network")
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

// fileVersion returns the format version Encode writes m in.
func fileVersion(m *Model) byte {
	switch len(m.nets) {
	case 0:
		return oldVersion
	case 1:
		return oneNetVersion
	}
	return formatVersion
}

func bad(x float32) bool { return math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) }
