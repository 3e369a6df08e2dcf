package ner

import (
	"strings"
	"testing"
)

// BenchmarkTagWords measures the shipped model (perceptron and network)
// and its perceptron taggers alone (--fast).
func BenchmarkTagWords(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание межправительственной комиссии по военно-техническому сотрудничеству , которое состоялось под председательством директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации Дмитрия Шугаева .")
	for _, tt := range []struct {
		name string
		m    *Model
	}{{"shipped", m}, {"perceptron", m.Perceptron()}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tt.m.TagWords(words)
			}
			b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := decodeDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
