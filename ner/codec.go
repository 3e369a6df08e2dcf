package ner

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/factgraph/factgraph/internal/modelfile"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/nn"
	"github.com/factgraph/factgraph/wordvec"
)

// File layout: magic "FGNER", a format version byte, the SHA-256 of the
// payload, then the payload: a length-prefixed JSON header followed by each
// layer's arrays in little-endian order. Version 2 stores the payload
// uncompressed (gzip cost more load time than its 20 % of size was worth).
// The word-cluster table (wordvec.Clusters.Append) follows the layers when
// the header's "clusters" is true; files without it are read as before.
const (
	magic         = "FGNER"
	formatVersion = 2
)

type header struct {
	Types    []string          `json:"types"`
	Layers   int               `json:"layers"`
	Clusters bool              `json:"clusters,omitempty"`
	Neural   *netHeader        `json:"neural,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
}

// Encode writes the model in factgraph's NER model format. Each layer is
// its emission matrix in nn's framed layout followed by its (L+1)×L
// float32 transition scores; the word-cluster table, if any, follows.
func (m *Model) Encode(w io.Writer) error {
	hd := header{Types: m.types, Layers: len(m.layers), Clusters: m.clusters.table != nil, Meta: m.Meta}
	if m.net != nil {
		hd.Neural = &netHeader{netDims: m.net.dims, Words: len(m.net.words.Keys), Feats: len(m.net.feats.Keys), Mix: m.mix}
	}
	h, err := json.Marshal(hd)
	if err != nil {
		return fmt.Errorf("encode ner model header: %w", err)
	}
	payload := binary.LittleEndian.AppendUint32(nil, uint32(len(h)))
	payload = append(payload, h...)
	for k, ly := range m.layers {
		payload = m.sparse(k).Append(payload)
		payload = nn.AppendFloat32s(payload, ly.trans)
	}
	if m.clusters.table != nil {
		payload = m.clusters.table.Append(payload)
	}
	if m.net != nil {
		payload = m.net.append(payload)
	}
	if err := modelfile.Write(w, magic, formatVersion, payload); err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode, checking its format version and
// checksum and the consistency of its arrays.
func Decode(r io.Reader) (*Model, error) {
	payload, err := modelfile.ReadFrom(r, magic, formatVersion)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	return decodePayload(payload)
}

// decodeBytes is Decode of a whole file in memory, read in place: the
// embedded model is not first copied to the heap (io.ReadAll's 13 MB and
// its growth, a third of the model's decoding time).
func decodeBytes(raw []byte) (*Model, error) {
	payload, err := modelfile.Read(raw, magic, formatVersion)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	return decodePayload(payload)
}

// decodePayload decodes the payload of a model file. The model keeps no
// slice of it (the embedded model's pages are released after decoding).
func decodePayload(payload []byte) (*Model, error) {
	var err error
	d := nn.NewDecoder(payload)
	hb := d.Bytes(int(d.Uint32()))
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("read ner model header: %w", err)
	}
	var h header
	if err := json.Unmarshal(hb, &h); err != nil {
		return nil, fmt.Errorf("read ner model header: %w", err)
	}
	if len(h.Types) == 0 || len(h.Types) > 127 || h.Layers <= 0 || h.Layers > 16 {
		return nil, fmt.Errorf("read ner model: bad header (%d types, %d layers)", len(h.Types), h.Layers)
	}
	m := &Model{types: h.Types, Meta: h.Meta}
	L := m.numLabels()
	for k := 0; k < h.Layers; k++ {
		ly := &layer{w: d.Sparse(L), trans: d.Float32s((L + 1) * L)}
		if err := d.Err(); err != nil {
			return nil, fmt.Errorf("read ner model layer %d: %w", k, err)
		}
		m.layers = append(m.layers, ly)
	}
	rest := d.Bytes(d.Len())
	if h.Clusters {
		if m.clusters.table, rest, err = wordvec.DecodeClusters(rest); err != nil {
			return nil, fmt.Errorf("read ner model: %w", err)
		}
	}
	if h.Neural != nil {
		if h.Neural.Layers != h.Layers || h.Neural.Labels != L {
			return nil, fmt.Errorf("read ner model: network of %d layers and %d labels in a model of %d and %d", h.Neural.Layers, h.Neural.Labels, h.Layers, L)
		}
		nd := nn.NewDecoder(rest)
		net, err := decodeNetwork(nd, h.Neural)
		if err != nil {
			return nil, fmt.Errorf("read ner model network: %w", err)
		}
		if math.IsNaN(float64(h.Neural.Mix)) || h.Neural.Mix < 0 {
			return nil, fmt.Errorf("read ner model: bad mix %v", h.Neural.Mix)
		}
		rest = nd.Bytes(nd.Len())
		m.setNetwork(net, h.Neural.Mix)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("read ner model: %d bytes after the last array", len(rest))
	}
	m.prepare()
	if err := m.attachLexicon(); err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	m.words = newWordCache()
	return m, nil
}

// attachLexicon connects the dictionary named in the model's metadata, and
// the lemmatizer of clusters keyed by lemma.
func (m *Model) attachLexicon() error {
	switch name := m.Meta["lexicon"]; name {
	case "":
	case "morph":
		a, err := morph.Default()
		if err != nil {
			return err
		}
		m.lex = MorphLexicon{A: a}
	default:
		return fmt.Errorf("unknown lexicon %q", name)
	}
	switch key := m.Meta["cluster_key"]; key {
	case "":
		return nil
	case "lemma":
		lm, ok := m.lex.(Lemmatizer)
		if !ok {
			return errors.New("clusters keyed by lemma, and no lexicon that lemmatizes")
		}
		m.clusters.lemma = lm
		return nil
	default:
		return fmt.Errorf("unknown cluster key %q", key)
	}
}
