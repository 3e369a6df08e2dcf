package ner

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/factgraph/factgraph/nn"
)

// toyNetwork trains a two-layer perceptron model (one epoch) on data and
// then its network with opt.
func toyNetwork(tb testing.TB, data []Example, opt NeuralOptions) *Model {
	tb.Helper()
	m, err := Train(data, TrainOptions{Epochs: 1, Layers: 2, MinCount: 1, Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	if err := TrainNeural(m, data, opt); err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestTrainNeuralLearnsNested(t *testing.T) {
	data := toyData()
	m := toyNetwork(t, data[:50], NeuralOptions{Epochs: 8, Batch: 4, LR: 0.01, WordDim: 8, FeatDim: 8, Hidden: 8, LabelDim: 4, MinCount: 1, Seed: 1})
	for _, ex := range data[50:] {
		if got, want := m.TagWords(ex.Words), slicesSorted(ex.Spans); !reflect.DeepEqual(got, want) {
			t.Fatalf("TagWords(%v) = %v, want %v", ex.Words, got, want)
		}
	}
	// The network is saved with the model, int8-quantized, and tags the
	// same after a round trip.
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m2.net == nil {
		t.Fatal("decoded model has no network")
	}
	// A decoded model writes the bytes it was read from.
	var again bytes.Buffer
	if err := m2.Encode(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Error("re-encoding a decoded model changed its bytes")
	}
	for _, ex := range data[50:] {
		if a, b := m.TagWords(ex.Words), m2.TagWords(ex.Words); !reflect.DeepEqual(a, b) {
			t.Fatalf("decoded model differs: %v vs %v", a, b)
		}
	}
	// Perceptron drops the network and leaves the model as it was.
	if p := m2.Perceptron(); p.net != nil || m2.net == nil || p.Perceptron() != p {
		t.Error("Perceptron kept the network or changed its model")
	}
	// Every truncation of the file is refused.
	raw := buf.Bytes()
	for _, n := range []int{len(raw) - 1, len(raw) / 2, 40} {
		if _, err := Decode(bytes.NewReader(raw[:n])); err == nil {
			t.Errorf("Decode accepted %d of %d bytes", n, len(raw))
		}
	}
}

func TestTrainNeuralDeterministic(t *testing.T) {
	data := toyData()[:20]
	enc := func() []byte {
		m := toyNetwork(t, data, NeuralOptions{Epochs: 2, WordDim: 4, FeatDim: 4, Hidden: 4, LabelDim: 2, MinCount: 1, Seed: 7})
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if !bytes.Equal(enc(), enc()) {
		t.Error("two trainings with one seed gave different files")
	}
}

// FuzzDecodeNetwork feeds the network decoder arbitrary bytes past the
// model file's checksum (which FuzzDecode rarely gets through).
func FuzzDecodeNetwork(f *testing.F) {
	data := toyData()[:10]
	m := toyNetwork(f, data, NeuralOptions{Epochs: 1, WordDim: 4, FeatDim: 4, Hidden: 4, LabelDim: 2, MinCount: 1, Seed: 1})
	h := netHeader{netDims: m.net.dims, Words: len(m.net.words.Keys), Feats: len(m.net.feats.Keys)}
	f.Add(m.net.append(nil), uint16(h.Words), uint16(h.Feats))
	f.Fuzz(func(t *testing.T, b []byte, words, feats uint16) {
		hh := h
		hh.Words, hh.Feats = int(words), int(feats)
		n, err := decodeNetwork(nn.NewDecoder(b), &hh)
		if err != nil {
			return
		}
		mm := *m
		mm.setNetwork(n, 0.5)
		mm.TagWords([]string{"Вчера", "в", "Москве"})
	})
}
