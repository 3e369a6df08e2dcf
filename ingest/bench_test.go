package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/store/storetest"
)

// genProcessor returns storetest.GenDocument for the text "gen N".
type genProcessor struct{}

func (genProcessor) Process(source string, data []byte) (*doc.Document, error) {
	var i int
	if _, err := fmt.Sscanf(string(data), "gen %d", &i); err != nil {
		return nil, err
	}
	d, _ := storetest.GenDocument(2, i)
	return d, nil
}

// BenchmarkIngest measures Run end to end (JSON Lines in, SQLite out) with
// a processor that costs nothing: the ceiling the store sets.
func BenchmarkIngest(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		const n = 500
		var in strings.Builder
		for i := 0; i < n; i++ {
			line, _ := json.Marshal(map[string]string{"text": fmt.Sprintf("gen %d", i)})
			in.Write(line)
			in.WriteByte('\n')
		}
		st := openStore(b)
		b.StartTimer()
		stats, err := Run(context.Background(), st, genProcessor{}, []string{"-"}, Options{JSONL: true, Stdin: strings.NewReader(in.String())})
		if err != nil || stats.Stored != n {
			b.Fatalf("Run = %+v, %v", stats, err)
		}
		b.ReportMetric(stats.DocsPerSecond(), "docs/s")
	}
}

// BenchmarkIngestPipeline ingests news texts through the real pipeline
// (tokenizer, NER, names) into SQLite on all cores.
func BenchmarkIngestPipeline(b *testing.B) {
	text, err := os.ReadFile("../tokenize/testdata/news.txt")
	if err != nil {
		b.Skip(err)
	}
	p, err := pipeline.New()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		const n = 100
		dir := b.TempDir()
		for i := 0; i < n; i++ {
			write(b, fmt.Sprintf("%s/%03d.txt", dir, i), fmt.Sprintf("Выпуск %d.\n%s", i, text))
		}
		st := openStore(b)
		b.StartTimer()
		stats, err := Run(context.Background(), st, p, []string{dir}, Options{})
		if err != nil || stats.Stored != n {
			b.Fatalf("Run = %+v, %v", stats, err)
		}
		b.ReportMetric(stats.DocsPerSecond(), "docs/s")
		b.ReportMetric(float64(len(text)*n)/stats.Elapsed.Seconds()/1e6, "MB/s")
	}
}
