package ner

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factgraph/factgraph/tokenize"
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

// BenchmarkTagDev tags the sentences of the first 40 texts of NEREL dev
// (when /work/shared/data holds it) as one pass over new text: each
// iteration starts with an empty word cache, as a fresh run does.
func BenchmarkTagDev(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/data/nerel/dev/*.txt")
	if len(files) == 0 {
		b.Skip("no NEREL dev")
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	tokens := 0
	for _, f := range files[:min(40, len(files))] {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range tokenize.Split(string(text)) {
			var ws []string
			for _, t := range s.Tokens {
				ws = append(ws, t.Text)
			}
			sents = append(sents, ws)
			tokens += len(ws)
		}
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		m.words = newWordCache()
		for _, ws := range sents {
			m.TagWords(ws)
		}
	}
	b.ReportMetric(float64(b.N*tokens)/b.Elapsed().Seconds(), "tokens/s")
	// On a loaded machine the process's own CPU time varies less than the
	// elapsed time.
	b.ReportMetric((cpuTime()-cpu0).Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
