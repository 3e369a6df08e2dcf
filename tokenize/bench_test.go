package tokenize

import (
	"os"
	"path/filepath"
	"testing"
)

// benchText returns the benchmark input: the tokenizer's own news sample
// followed by the shared fixture of the repository.
func benchText(b *testing.B) string {
	b.Helper()
	var text string
	for _, p := range []string{filepath.Join("testdata", "news.txt"), filepath.Join("..", "testdata", "ru-commission-2024.txt")} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text += string(data) + "\n\n"
	}
	return text
}

func BenchmarkSplit(b *testing.B) {
	text := benchText(b)
	ntok := len(Tokens(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Split(text)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len([]rune(text)))*float64(b.N)/b.Elapsed().Seconds(), "chars/s")
}

func BenchmarkTokens(b *testing.B) {
	text := benchText(b)
	ntok := len(Tokens(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Tokens(text)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestNewsSample checks a few segmentation decisions on the benchmark text.
func TestNewsSample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, string(data))
	sents := Split(string(data))
	if len(sents) != 16 {
		for _, s := range sents {
			t.Log(texts(s.Tokens))
		}
		t.Errorf("got %d sentences, want 16", len(sents))
	}
}
