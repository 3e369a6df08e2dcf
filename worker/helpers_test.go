package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/queue"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/backend"
	"github.com/factgraph/factgraph/store/storetest"
)

var loadPipeline = sync.OnceValues(pipeline.New)

func pipe(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	p, err := loadPipeline()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// genDocs returns n documents to publish: the texts of storetest's generated
// news documents for the seed, with their metadata.
func genDocs(seed uint64, from, n int) []queue.Doc {
	var out []queue.Doc
	for i := from; i < from+n; i++ {
		d, m := storetest.GenDocument(seed, i)
		out = append(out, queue.NewDoc([]byte(d.Text), m))
	}
	return out
}

func publish(t *testing.T, q *queue.Queue, docs []queue.Doc) {
	t.Helper()
	for _, d := range docs {
		if _, err := q.Publish(context.Background(), d); err != nil {
			t.Fatalf("publish %s: %v", d.Meta.Source, err)
		}
	}
}

// waitFor polls cond every 20 ms until it holds, failing the test after
// timeout.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func total(t *testing.T, st store.Store) int {
	t.Helper()
	l, err := st.Documents(context.Background(), store.ListOptions{Limit: 1})
	if err != nil {
		t.Fatalf("count documents: %v", err)
	}
	return l.Total
}

// waitStored waits until the store holds n documents and the queue is
// empty (every message acknowledged or terminated).
func waitStored(t *testing.T, st store.Store, q *queue.Queue, n int, timeout time.Duration) {
	t.Helper()
	waitFor(t, timeout, fmt.Sprintf("%d documents stored and the queue empty", n), func() bool {
		if total(t, st) != n {
			return false
		}
		in, err := q.Info(context.Background())
		return err == nil && in.Messages == 0 && in.AckPending == 0
	})
}

// checkExactlyOnce fails the test unless the store holds exactly the
// documents docs, each once: the count matches and each hash is found.
func checkExactlyOnce(t *testing.T, st store.Store, docs []queue.Doc) {
	t.Helper()
	want := map[string]bool{}
	for _, d := range docs {
		want[d.Hash] = true
	}
	if n := total(t, st); n != len(want) {
		t.Errorf("the store holds %d documents, want %d", n, len(want))
	}
	for h := range want {
		if _, err := st.DocumentIDByHash(context.Background(), h); err != nil {
			t.Errorf("document %s: %v", h[:12], err)
		}
	}
}

// summary is what must not change in a committed document.
type summary struct {
	store.Meta
	Text      string
	Chars     int
	Counts    store.Counts
	Mentions  int
	Relations int
	Events    int
}

// snapshot summarizes the stored documents among docs, by hash.
func snapshot(t *testing.T, st store.Store, docs []queue.Doc) map[string]summary {
	t.Helper()
	ctx := context.Background()
	out := map[string]summary{}
	for _, d := range docs {
		id, err := st.DocumentIDByHash(ctx, d.Hash)
		if store.ErrorCode(err) == store.ENOTFOUND {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		p, err := st.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		out[d.Hash] = summary{Meta: p.Meta, Text: p.Text, Chars: p.Chars, Counts: p.Counts,
			Mentions: len(p.Mentions), Relations: len(p.Relations), Events: len(p.Events)}
	}
	return out
}

// checkIntact fails the test unless every document of before is stored
// unchanged.
func checkIntact(t *testing.T, st store.Store, docs []queue.Doc, before map[string]summary) {
	t.Helper()
	after := snapshot(t, st, docs)
	for h, s := range before {
		if a, ok := after[h]; !ok {
			t.Errorf("committed document %s (%s) is lost", h[:12], s.Source)
		} else if a != s {
			t.Errorf("committed document %s changed:\n%+v\nnow\n%+v", h[:12], s, a)
		}
	}
}

func openSQLite(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func testLog(t *testing.T) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// startWorker runs a worker in the background until the test ends (or
// the returned stop is called) and returns it.
func startWorker(t *testing.T, q *queue.Queue, st store.Store, p Processor, opt Options) (*Worker, func()) {
	t.Helper()
	c, err := q.Consumer(context.Background(), pipeline.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	if opt.Log == nil {
		opt.Log = testLog(t)
	}
	if opt.Wait == 0 {
		opt.Wait = 500 * time.Millisecond
	}
	if opt.MinBackoff == 0 {
		opt.MinBackoff, opt.MaxBackoff = 50*time.Millisecond, time.Second
	}
	w := New(c, st, p, opt)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := w.Run(ctx); err != nil {
			t.Error(err)
		}
	}()
	var once sync.Once
	stop := func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(stop)
	return w, stop
}

// childEnv carries the configuration of a worker subprocess: the test
// binary run again, which TestMain turns into a worker.
const childEnv = "FACTGRAPH_TEST_WORKER"

type childConfig struct {
	Queue queue.Config `json:"queue"`
	Store string       `json:"store"`
	// Block is "before" or "after": the child blocks for good just before
	// committing, or just after committing (before acknowledging), its
	// BlockAt-th document, once it has written the document's hash to
	// Marker.
	Block   string `json:"block"`
	BlockAt int    `json:"block_at"`
	Marker  string `json:"marker"`
}

func TestMain(m *testing.M) {
	if cfg := os.Getenv(childEnv); cfg != "" {
		os.Exit(runChild(cfg))
	}
	os.Exit(m.Run())
}

// runChild is the worker subprocess of the fault tests.
func runChild(raw string) int {
	var cfg childConfig
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fail := func(err error) int { fmt.Fprintln(os.Stderr, "child:", err); return 1 }
	q, err := queue.Open(ctx, cfg.Queue)
	if err != nil {
		return fail(err)
	}
	defer q.Close()
	c, err := q.Consumer(ctx, pipeline.DefaultMaxBytes)
	if err != nil {
		return fail(err)
	}
	st, err := backend.Open(ctx, cfg.Store)
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	p, err := pipeline.New()
	if err != nil {
		return fail(err)
	}
	var mu sync.Mutex
	n := 0
	block := func(d queue.Doc) {
		mu.Lock()
		n++
		k := n
		mu.Unlock()
		if k == cfg.BlockAt {
			tmp := cfg.Marker + ".tmp"
			if err := os.WriteFile(tmp, []byte(d.Hash), 0o644); err == nil {
				os.Rename(tmp, cfg.Marker)
			}
			select {} // held until the test kills the process
		}
	}
	opt := Options{Concurrency: 1, Wait: 500 * time.Millisecond, MinBackoff: 50 * time.Millisecond, MaxBackoff: time.Second,
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	switch cfg.Block {
	case "before":
		opt.beforeCommit = block
	case "after":
		opt.afterCommit = block
	}
	if err := New(c, st, p, opt).Run(ctx); err != nil {
		return fail(err)
	}
	return 0
}

// killChildAt starts a worker subprocess that blocks at its blockAt-th
// document (before or after committing it), waits until it does, kills it
// with SIGKILL and returns the hash of the document it held.
func killChildAt(t *testing.T, qcfg queue.Config, storeSpec, block string, blockAt int) string {
	t.Helper()
	marker := filepath.Join(t.TempDir(), "blocked")
	raw, err := json.Marshal(childConfig{Queue: qcfg, Store: storeSpec, Block: block, BlockAt: blockAt, Marker: marker})
	if err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := newChildCmd(exe, childEnv+"="+string(raw))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(60 * time.Second)
	for {
		if b, err := os.ReadFile(marker); err == nil {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			<-exited
			return string(b)
		}
		select {
		case err := <-exited:
			t.Fatalf("the worker subprocess exited before blocking: %v", err)
		case <-deadline:
			cmd.Process.Kill()
			t.Fatal("the worker subprocess did not reach its document within 60 s")
		case <-time.After(20 * time.Millisecond):
		}
	}
}
