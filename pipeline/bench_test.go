package pipeline

import (
	"os"
	"testing"
)

// BenchmarkProcess runs the whole default pipeline on the example article.
func BenchmarkProcess(b *testing.B) {
	data, err := os.ReadFile("../testdata/ru-commission-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	p := newTest(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		d, err := p.Process("", data)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
