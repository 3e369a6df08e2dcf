package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/factgraph/factgraph/internal/modelfile"
	"github.com/factgraph/factgraph/morph"
)

// File layout: magic "FGNER", a format version byte, the SHA-256 of the
// payload, then the payload: a length-prefixed JSON header followed by each
// layer's arrays in little-endian order. Version 2 stores the payload
// uncompressed (gzip cost more load time than its 20 % of size was worth).
const (
	magic         = "FGNER"
	formatVersion = 2
)

type header struct {
	Types  []string          `json:"types"`
	Layers int               `json:"layers"`
	Meta   map[string]string `json:"meta,omitempty"`
}

// Encode writes the model in factgraph's NER model format.
func (m *Model) Encode(w io.Writer) error {
	var payload bytes.Buffer
	bw := bufio.NewWriter(&payload)
	h, err := json.Marshal(header{Types: m.types, Layers: len(m.layers), Meta: m.Meta})
	if err != nil {
		return fmt.Errorf("encode ner model header: %w", err)
	}
	le := binary.LittleEndian
	write := func(v any) {
		if err == nil {
			err = binary.Write(bw, le, v)
		}
	}
	write(uint32(len(h)))
	write(h)
	for _, ly := range m.layers {
		write(uint32(len(ly.keys)))
		write(ly.keys)
		write(ly.rowPtr)
		write(uint32(len(ly.labels)))
		write(ly.labels)
		write(ly.qw)
		write(ly.scale)
		write(ly.trans)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("encode ner model: %w", err)
	}
	if err := modelfile.Write(w, magic, formatVersion, payload.Bytes()); err != nil {
		return fmt.Errorf("write ner model: %w", err)
	}
	return nil
}

// maxArray bounds array lengths read from a model file, so that a corrupt
// file cannot ask for absurd allocations.
const maxArray = 1 << 28

// Decode reads a model written by Encode, checking its format version and
// checksum.
func Decode(r io.Reader) (*Model, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	payload, err := modelfile.Read(raw, magic, formatVersion)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	br := bytes.NewReader(payload)
	le := binary.LittleEndian
	read := func(v any) {
		if err == nil {
			err = binary.Read(br, le, v)
		}
	}
	length := func() int {
		var x uint32
		read(&x)
		if err == nil && x > maxArray {
			err = fmt.Errorf("array of %d elements is too large", x)
		}
		if err != nil {
			return 0
		}
		return int(x)
	}
	hb := make([]byte, length())
	read(hb)
	if err != nil {
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
		ly := &layer{}
		nk := length()
		ly.keys = make([]uint64, nk)
		read(ly.keys)
		ly.rowPtr = make([]uint32, nk+1)
		read(ly.rowPtr)
		nnz := length()
		ly.labels = make([]uint8, nnz)
		read(ly.labels)
		ly.qw = make([]int16, nnz)
		read(ly.qw)
		read(&ly.scale)
		ly.trans = make([]float32, (L+1)*L)
		read(ly.trans)
		if err != nil {
			return nil, fmt.Errorf("read ner model layer %d: %w", k, err)
		}
		if err := ly.validate(L); err != nil {
			return nil, fmt.Errorf("read ner model layer %d: %w", k, err)
		}
		m.layers = append(m.layers, ly)
	}
	m.prepare()
	if err := m.attachLexicon(); err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	return m, nil
}

// attachLexicon connects the dictionary named in the model's metadata.
func (m *Model) attachLexicon() error {
	switch name := m.Meta["lexicon"]; name {
	case "":
		return nil
	case "morph":
		a, err := morph.Default()
		if err != nil {
			return err
		}
		m.lex = MorphLexicon{A: a}
		return nil
	default:
		return fmt.Errorf("unknown lexicon %q", name)
	}
}

func (ly *layer) validate(L int) error {
	for i := 1; i < len(ly.keys); i++ {
		if ly.keys[i] <= ly.keys[i-1] {
			return errors.New("feature keys not strictly increasing")
		}
	}
	if ly.rowPtr[0] != 0 || int(ly.rowPtr[len(ly.rowPtr)-1]) != len(ly.labels) {
		return errors.New("row pointers do not cover the weights")
	}
	for i := 1; i < len(ly.rowPtr); i++ {
		if ly.rowPtr[i] < ly.rowPtr[i-1] {
			return errors.New("row pointers decrease")
		}
	}
	for _, l := range ly.labels {
		if int(l) >= L {
			return fmt.Errorf("label %d out of range", l)
		}
	}
	if math.IsNaN(float64(ly.scale)) || math.IsInf(float64(ly.scale), 0) {
		return errors.New("bad weight scale")
	}
	return nil
}
