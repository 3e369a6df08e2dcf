package ner

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkTagWords measures tagging speed of the model in
// /tmp/ner-bench.fgm if present, else of a toy model.
func BenchmarkTagWords(b *testing.B) {
	var m *Model
	if f, err := os.Open("/tmp/ner-try.fgm"); err == nil {
		m, err = Decode(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	} else {
		m, _ = Train(toyData(), TrainOptions{Epochs: 1, MinCount: 1})
	}
	words := strings.Fields("В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание межправительственной комиссии по военно-техническому сотрудничеству , которое состоялось под председательством директора Федеральной службы по военно-техническому сотрудничеству Российской Федерации Дмитрия Шугаева .")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.TagWords(words)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}
