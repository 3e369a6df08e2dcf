package morph

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/factgraph/internal/cputime"
)

func benchWords(b *testing.B) []string {
	text, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		b.Fatal(err)
	}
	return sampleWords(string(text))
}

// benchParse measures AppendParses on words, cycling through them: the
// cache serves repeats, as it does on running text. Uncached variants
// measure the analysis itself.
func benchParse(b *testing.B, words []string) {
	a := testAnalyzer(b)
	benchWith(b, words, a.AppendParses)
}

func benchUncached(b *testing.B, words []string) {
	a := testAnalyzer(b)
	benchWith(b, words, func(dst []Parse, w string) []Parse { return a.analyze(dst, w, toLower(w), 0) })
}

func benchWith(b *testing.B, words []string, parse func([]Parse, string) []Parse) {
	var buf []Parse
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		buf = parse(buf[:0], words[i%len(words)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		// Throughput per CPU-second, robust to other load on the machine.
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkParse measures analysis speed on the embedded sample text.
func BenchmarkParse(b *testing.B) { benchParse(b, benchWords(b)) }

// BenchmarkParseUncached is BenchmarkParse without the cache of recent words.
func BenchmarkParseUncached(b *testing.B) { benchUncached(b, benchWords(b)) }

// BenchmarkParseNEREL measures analysis speed on the NEREL training texts
// (skipped when the shared data is absent).
func BenchmarkParseNEREL(b *testing.B) {
	files, _ := filepath.Glob("../../shared/data/nerel/train/*.txt")
	if len(files) == 0 {
		b.Skip("NEREL texts not available in ../../shared/data/nerel/train")
	}
	var words []string
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		words = append(words, sampleWords(string(text))...)
	}
	benchParse(b, words)
}

// BenchmarkOOV measures the guessing path (words not in the dictionary).
func BenchmarkOOV(b *testing.B) {
	benchParse(b, strings.Fields("Шугаева зиятдиновым гуглила бречаловского ыфвапр интернет-шугаевым квазичастицами"))
}

// BenchmarkLoad measures loading the embedded dictionary.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(embeddedDict)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadCost logs the load time and the heap an Analyzer keeps (run
// with -v to see them; docs/morph.md quotes these figures).
func TestLoadCost(t *testing.T) {
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	a, err := Load(bytes.NewReader(embeddedDict))
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	t.Logf("Load: %v, heap kept: %.1f MiB, file: %.1f MiB", elapsed, float64(ms1.HeapAlloc-ms0.HeapAlloc)/(1<<20), float64(len(embeddedDict))/(1<<20))
	runtime.KeepAlive(a)
}
