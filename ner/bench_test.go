package ner

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func BenchmarkTagWords(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание межправительственной комиссии по военно-техническому сотрудничеству , которое состоялось под председательством директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации Дмитрия Шугаева .")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.TagWords(words)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := decodeDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagWordsNetwork measures the neural tagger at the default sizes
// (random weights: the cost does not depend on their values), alone and
// mixed with the perceptron.
func BenchmarkTagWordsNetwork(b *testing.B) {
	m0, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var o NeuralOptions
	o.defaults()
	rng := rand.New(rand.NewPCG(1, 1))
	keys := func(n int) vocab {
		k := make([]uint64, n)
		for i := range k {
			k[i] = rng.Uint64()
		}
		slices.Sort(k)
		return newVocab(k)
	}
	d := netDims{WordDim: o.WordDim, FeatDim: o.FeatDim, Hidden: o.Hidden, LabelDim: o.LabelDim, Layers: m0.Layers(), Labels: m0.numLabels()}
	net := newNetwork(d, keys(15000), keys(28000), rng)
	words := strings.Fields("В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание межправительственной комиссии по военно-техническому сотрудничеству , которое состоялось под председательством директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации Дмитрия Шугаева .")
	for _, mix := range []float32{0, 0.25} {
		m := *m0
		m.setNetwork(net, mix)
		b.Run(fmt.Sprintf("mix=%g", mix), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m.TagWords(words)
			}
			b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}
