package tagger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"
)

func trainTinyNeural(t testing.TB, mix float32) *Model {
	t.Helper()
	m, err := Train(tinyData(), TrainOptions{Epochs: 4, Bits: 16, Seed: 1,
		Neural: &NeuralOptions{Epochs: 3, WordDim: 8, FeatDim: 8, Hidden: 8, MinCount: 1, Mix: mix}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestNeuralTrainEncodeDecode(t *testing.T) {
	for _, mix := range []float32{0, 0.5} {
		t.Run(fmt.Sprint("mix ", mix), func(t *testing.T) {
			m := trainTinyNeural(t, mix)
			if m.net == nil {
				t.Fatal("no network")
			}
			if mix > 0 && m.mix != mix {
				t.Errorf("mix %g, want %g", m.mix, mix)
			}
			b, m2 := roundTrip(t, m)
			if b[len(magic)] != netVersion {
				t.Errorf("format version %d, want %d", b[len(magic)], netVersion)
			}
			if p := m2.Perceptron(); p.net != nil || m2.net == nil {
				t.Error("Perceptron kept the network or removed the model's")
			}
		})
	}
}

func TestNeuralDeterministic(t *testing.T) {
	var out [2][]byte
	for i := range out {
		var b bytes.Buffer
		if err := trainTinyNeural(t, 0.5).Encode(&b); err != nil {
			t.Fatal(err)
		}
		out[i] = b.Bytes()
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Error("two trainings with the same seed differ")
	}
}

func TestHoldOut(t *testing.T) {
	a := []Token{{Form: "a"}}
	b := []Token{{Form: "b"}}
	c := []Token{{Form: "c"}}
	sents := [][]Token{a, b, a, c, b, c}
	doms := []string{"x", "y", "x", "z", "y", "z"}
	fit, fitDoms, held, heldDoms := holdOut(sents, doms, 2)
	// distinct: a (0, fit), b (1, held), c (2, fit)
	if len(fit) != 4 || len(held) != 1 || &held[0][0] != &b[0] || heldDoms[0] != "y" {
		t.Errorf("fit %v %v, held %v %v", fit, fitDoms, held, heldDoms)
	}
	for i, s := range fit {
		if &s[0] == &b[0] || fitDoms[i] == "y" {
			t.Errorf("held-out sentence trained on: %v", fit)
		}
	}
}

func TestNeuralFeatsOnly(t *testing.T) {
	m, err := Train(tinyData(), TrainOptions{Epochs: 4, Bits: 16, Seed: 1,
		Neural: &NeuralOptions{Epochs: 3, WordDim: 8, FeatDim: 8, Hidden: 8, MinCount: 1, Mix: 1000, FeatsOnly: true}})
	if err != nil {
		t.Fatal(err)
	}
	if _, m2 := roundTrip(t, m); !m2.featsOnly {
		t.Fatal("the decoded model lost the network's scope")
	}
}

func TestMixScores(t *testing.T) {
	cs := []cand{
		{tag: -1, tagStr: "NOUN|Case=Nom"},
		{tag: -1, tagStr: "NOUN|Case=Acc"},
		{tag: -1, tagStr: "VERB"},
	}
	inf := float32(math.Inf(-1))
	for _, tc := range []struct {
		name      string
		featsOnly bool
		scores    []float32
		want      []float32
	}{
		{"whole tag", false, []float32{4, 2, 3}, []float32{2 + 1, 1 + 2, 1.5 + 10}},
		{"features only", true, []float32{4, 2, 3}, []float32{2 + 1, 1 + 2, inf}},
		{"features only, the perceptron prefers VERB", true, []float32{2, 2, 4}, []float32{inf, inf, 2 + 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Model{scale: 0.5, featsOnly: tc.featsOnly}
			scores := slices.Clone(tc.scores)
			m.mixScores(scores, []float32{1, 2, 10}, 1, cs)
			if !slices.Equal(scores, tc.want) {
				t.Errorf("got %v, want %v", scores, tc.want)
			}
		})
	}
}

// TestDecodeNetworkCorrupt checks that a version 4 file cut anywhere in
// its network section, with a bad mix, a network size beyond its data or
// a trailing byte fails with ErrFormat, as does a network in a version 3
// file.
func TestDecodeNetworkCorrupt(t *testing.T) {
	m := trainTinyNeural(t, 0.5)
	file, _ := roundTrip(t, m)
	plain, _ := roundTrip(t, m.Perceptron())
	raw := rawPayload(t, file)
	start := len(rawPayload(t, plain)) // where the network section begins
	if _, err := DecodeWith(bytes.NewReader(signedV(raw, netVersion)), nil); err != nil {
		t.Fatal(err)
	}
	mixAt := start
	for range 6 { // the sizes, before the mix
		_, n := binary.Uvarint(raw[mixAt:])
		mixAt += n
	}
	withMix := func(v float32) []byte {
		p := bytes.Clone(raw)
		binary.LittleEndian.PutUint32(p[mixAt:], math.Float32bits(v))
		return p
	}
	bigWords := bytes.Clone(raw[:start])
	bigWords = binary.AppendUvarint(bigWords, 8)
	bigWords = binary.AppendUvarint(bigWords, 8)
	bigWords = binary.AppendUvarint(bigWords, 8)
	bigWords = binary.AppendUvarint(bigWords, 1<<22) // words
	bad := map[string][]byte{
		"trailing byte":   append(bytes.Clone(raw), 0),
		"NaN mix":         withMix(float32(math.NaN())),
		"negative mix":    withMix(-1),
		"words beyond":    append(bigWords, raw[len(bigWords):]...),
		"version 3 + net": nil,
	}
	for n := start; n < len(raw); n += 1 + (len(raw)-start)/300 {
		bad[fmt.Sprint("cut at ", n)] = raw[:n]
	}
	for name, p := range bad {
		v := byte(netVersion)
		if p == nil {
			p, v = raw, formatVersion
		}
		if _, err := DecodeWith(bytes.NewReader(signedV(p, v)), nil); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", name, err)
		}
	}
}
