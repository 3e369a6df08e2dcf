package worker

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/queue"
	"github.com/factgraph/factgraph/queue/queuetest"
	"github.com/factgraph/factgraph/store"
)

func TestBackoff(t *testing.T) {
	for _, c := range []struct {
		n    uint64
		want time.Duration
	}{{0, time.Second}, {1, time.Second}, {2, 2 * time.Second}, {3, 4 * time.Second}, {7, 60 * time.Second}, {1000, 60 * time.Second}} {
		if got := Backoff(c.n, time.Second, time.Minute); got != c.want {
			t.Errorf("Backoff(%d) = %s, want %s", c.n, got, c.want)
		}
	}
}

// TestWorkers runs two workers on one SQLite store: every published text
// is stored once, duplicates are acknowledged without a second write, and
// poison messages are terminated, not retried.
func TestWorkers(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	q := queuetest.Open(t, cfg)
	st := openSQLite(t, filepath.Join(t.TempDir(), "store.db"))
	docs := genDocs(1, 0, 30)
	publish(t, q, docs)
	publish(t, q, docs[:5]) // duplicates within the window: dropped by the server
	ctx := context.Background()
	// Poison: not UTF-8, and larger than the workers accept.
	for _, d := range []queue.Doc{
		{Text: []byte("текст \xff"), Hash: store.Hash("текст \xff")},
		queue.NewDoc([]byte(strings.Repeat("я", 5<<20+1)), store.Meta{}),
	} {
		if _, err := q.Publish(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// A text stored before it was queued: acknowledged as a duplicate.
	pre, err := pipe(t).Process("pre", docs[7].Text)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutDocument(ctx, pre, docs[7].Meta); err != nil {
		t.Fatal(err)
	}

	w1, stop1 := startWorker(t, q, st, pipe(t), Options{Concurrency: 2})
	w2, stop2 := startWorker(t, q, st, pipe(t), Options{Concurrency: 1})
	waitStored(t, st, q, 30, 60*time.Second)
	stop1()
	stop2()
	checkExactlyOnce(t, st, docs)
	s1, s2 := w1.Stats(), w2.Stats()
	t.Logf("worker 1: %+v; worker 2: %+v", s1, s2)
	if s1.Stored+s2.Stored != 29 || s1.Duplicates+s2.Duplicates != 1 || s1.Poison+s2.Poison != 2 {
		t.Errorf("stored %d, duplicates %d, poison %d; want 29, 1, 2",
			s1.Stored+s2.Stored, s1.Duplicates+s2.Duplicates, s1.Poison+s2.Poison)
	}
}

// blocking is a processor that waits for release before processing.
type blocking struct {
	Processor
	started chan struct{}
	release chan struct{}
	calls   atomic.Int32
}

func (b *blocking) Process(source string, data []byte) (*doc.Document, error) {
	if b.calls.Add(1) == 1 {
		close(b.started)
	}
	<-b.release
	return b.Processor.Process(source, data)
}

// TestShutdown: on shutdown a document in flight is finished and
// acknowledged within the grace period; past it, it is given back at once.
func TestShutdown(t *testing.T) {
	for _, finish := range []bool{true, false} {
		name := map[bool]string{true: "finish", false: "give back"}[finish]
		t.Run(name, func(t *testing.T) {
			cfg := queuetest.Config(t, queuetest.URL(t))
			cfg.AckWait = time.Minute // a message comes back quickly only if given back
			q := queuetest.Open(t, cfg)
			st := openSQLite(t, filepath.Join(t.TempDir(), "store.db"))
			docs := genDocs(2, 0, 1)
			publish(t, q, docs)
			b := &blocking{Processor: pipe(t), started: make(chan struct{}), release: make(chan struct{})}
			grace := 10 * time.Second
			if !finish {
				grace = 100 * time.Millisecond
			}
			w, stop := startWorker(t, q, st, b, Options{Concurrency: 1, Grace: grace})
			<-b.started
			stopped := make(chan struct{})
			go func() { stop(); close(stopped) }()
			if finish {
				time.Sleep(50 * time.Millisecond) // shutdown has begun
				close(b.release)
				<-stopped
				waitStored(t, st, q, 1, 10*time.Second)
				if s := w.Stats(); s.Stored != 1 {
					t.Errorf("stats %+v", s)
				}
				return
			}
			<-stopped // returns after the grace period, the document still in the pipeline
			close(b.release)
			if n := total(t, st); n != 0 {
				t.Errorf("%d documents stored after the grace period", n)
			}
			// Another worker gets it at once, not after the ack wait of a minute.
			startWorker(t, q, st, pipe(t), Options{Concurrency: 1})
			waitStored(t, st, q, 1, 10*time.Second)
		})
	}
}

// failing is a store whose PutDocument fails while fail is set.
type failing struct {
	store.Store
	fail  atomic.Bool
	calls atomic.Int32
}

func (f *failing) PutDocument(ctx context.Context, d *doc.Document, m store.Meta) (store.PutResult, error) {
	f.calls.Add(1)
	if f.fail.Load() {
		return store.PutResult{}, errors.New("injected failure")
	}
	return f.Store.PutDocument(ctx, d, m)
}

// TestStoreFailure: while the store fails, messages are given back with a
// delay and retried; nothing is terminated or lost.
func TestStoreFailure(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	q := queuetest.Open(t, cfg)
	st := &failing{Store: openSQLite(t, filepath.Join(t.TempDir(), "store.db"))}
	st.fail.Store(true)
	docs := genDocs(3, 0, 5)
	publish(t, q, docs)
	w, _ := startWorker(t, q, st, pipe(t), Options{Concurrency: 2})
	waitFor(t, 20*time.Second, "retries", func() bool { return w.Stats().Retried >= 6 })
	if n := total(t, st); n != 0 {
		t.Fatalf("%d documents stored while the store failed", n)
	}
	st.fail.Store(false)
	waitStored(t, st, q, 5, 30*time.Second)
	checkExactlyOnce(t, st, docs)
	if s := w.Stats(); s.Poison != 0 || s.Stored != 5 {
		t.Errorf("stats %+v", s)
	}
}
