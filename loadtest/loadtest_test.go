package loadtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factgraph/factgraph/internal/shareddata"
	"github.com/factgraph/factgraph/postgres/pgtest"
	"github.com/factgraph/factgraph/queue/queuetest"
)

// sharedData returns the shared data folder — $FACTGRAPH_SHARED/data, or
// ../shared/data beside the repository root (the folder holding this
// module's go.mod) — or skips when it holds no NEREL texts.
func sharedData(tb testing.TB) string {
	tb.Helper()
	shareddata.Require(tb, "nerel", "train")
	shareddata.Require(tb, "nerel", "dev")
	return shareddata.Require(tb)
}

func TestGenerator(t *testing.T) {
	pool := Sentences("Первое предложение здесь. Второе предложение тут! Да. Третье   —  с  пробелами, вот.")
	if len(pool) != 3 || pool[2] != "Третье — с пробелами, вот." {
		t.Fatalf("pool = %q", pool)
	}
	a, b := NewGenerator(pool, 7, 5, 30), NewGenerator(pool, 7, 5, 30)
	other := NewGenerator(pool, 8, 5, 30)
	same := true
	for i := 0; i < 200; i++ {
		da, db, do := a.Next(), b.Next(), other.Next()
		if da != db {
			t.Fatalf("document %d differs for the same seed:\n%+v\n%+v", i, da, db)
		}
		if da != do {
			same = false
		}
		n := 0
		for _, s := range pool {
			n += strings.Count(da.Text, s)
		}
		if n < 5 || n > 30 || !utf8.ValidString(da.Text) || !strings.HasPrefix(da.Text, da.Title) {
			t.Errorf("document %d: %d sentences, title %q, text %q", i, n, da.Title, da.Text)
		}
		if _, err := time.Parse("2006-01-02", da.Date); err != nil || da.Source == "" {
			t.Errorf("document %d: date %q, source %q", i, da.Date, da.Source)
		}
	}
	if same {
		t.Error("another seed gave the same documents")
	}
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 50 * time.Millisecond}, {0.99, 99 * time.Millisecond}, {1, 100 * time.Millisecond}, {0.001, time.Millisecond}} {
		if got := Percentile(ds, c.q); got != c.want {
			t.Errorf("Percentile(%v) = %v, want %v", c.q, got, c.want)
		}
	}
	if Percentile(nil, 0.5) != 0 || Percentile(ds[:1], 0.99) != time.Millisecond {
		t.Error("Percentile of tiny inputs")
	}
}

// TestRun runs a small load test end to end: 40 documents through the
// pipeline into SQLite, 40 requests of each kind over loopback.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline and the server; skipped in -short mode")
	}
	data := sharedData(t)
	var out strings.Builder
	rep, err := Run(context.Background(), Options{Docs: 40, Clients: 4, Requests: 40, Seed: 3, Data: data,
		DBPath: filepath.Join(t.TempDir(), "load.db"), Timeout: time.Minute}, &out)
	t.Logf("\n%s", out.String())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Ingest.Stored != 40 || rep.Documents != 40 || rep.StoreBytes <= 0 || rep.DocsPerSecond <= 0 {
		t.Errorf("ingest: %+v, %d documents, %d bytes", rep.Ingest, rep.Documents, rep.StoreBytes)
	}
	for _, l := range []Latency{rep.Search, rep.Entity} {
		if l.Requests != 40 || l.Errors != 0 || l.P50 <= 0 || l.P99 < l.P50 || l.Max < l.P99 {
			t.Errorf("%s: %+v", l.Kind, l)
		}
	}
	if !strings.Contains(out.String(), "docs/s") || !strings.Contains(out.String(), "p99") {
		t.Errorf("no report in the output")
	}
}

// BenchmarkLoad is a small load test: 100 documents, 100 requests of each
// kind from 4 clients, reported as metrics (the full run is `factgraph
// loadtest`; docs/bench-store.md).
//
//	go test ./loadtest -run '^$' -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	data := sharedData(b)
	var rep Report
	for i := 0; i < b.N; i++ {
		var err error
		rep, err = Run(context.Background(), Options{Docs: 100, Clients: 4, Requests: 100, Seed: uint64(i + 1), Data: data,
			DBPath: filepath.Join(b.TempDir(), "load.db"), Timeout: time.Minute}, discard{})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(rep.DocsPerSecond, "docs/s")
	b.ReportMetric(float64(rep.StoreBytes)/1e3/float64(max(rep.Documents, 1)), "KB/doc")
	b.ReportMetric(float64(rep.Search.P50)/1e6, "search-p50-ms")
	b.ReportMetric(float64(rep.Search.P99)/1e6, "search-p99-ms")
	b.ReportMetric(float64(rep.Entity.P50)/1e6, "entity-p50-ms")
	b.ReportMetric(float64(rep.Entity.P99)/1e6, "entity-p99-ms")
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestScale runs a small scale test: 20 texts through the NATS work queue
// with 1 and 2 workers, 2 API clients. It needs FACTGRAPH_NATS_URL; with
// FACTGRAPH_POSTGRES_URL the store is PostgreSQL, else SQLite.
func TestScale(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline, NATS and the server; skipped in -short mode")
	}
	data := sharedData(t)
	url := queuetest.URL(t)
	opt := ScaleOptions{Queue: url, Store: os.Getenv(pgtest.URLEnv), Workers: []int{1, 2}, Docs: 20, Prefill: 50,
		Clients: 2, Requests: 400, BaselineRequests: 20, Seed: 5, Data: data, Timeout: 2 * time.Minute}
	var out strings.Builder
	rep, err := RunScale(context.Background(), opt, &out)
	t.Logf("\n%s", out.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Runs) != 2 {
		t.Fatalf("%d runs", len(rep.Runs))
	}
	for _, r := range rep.Runs {
		if r.Stored != r.Before+20 || r.Worker.Stored != 20 || r.Worker.Poison != 0 || r.DocsPerSecond <= 0 || len(r.Tenths) != 10 {
			t.Errorf("%d workers: stored %d, %+v, %.1f docs/s, tenths %v", r.Workers, r.Stored, r.Worker, r.DocsPerSecond, r.Tenths)
		}
		if r.BaselineSearch.Requests != 10 || r.BaselineSearch.Errors != 0 || r.Search.Errors != 0 || r.Entity.Errors != 0 {
			t.Errorf("%d workers: requests %+v %+v %+v", r.Workers, r.BaselineSearch, r.Search, r.Entity)
		}
	}
	if !strings.Contains(out.String(), "ingest docs/s") {
		t.Error("no table in the output")
	}
}
