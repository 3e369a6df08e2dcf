package worker

// The fault tests: a worker killed mid-document, NATS restarted mid-run,
// the database connections dropped, the store's disk full. After each,
// every published document is stored exactly once and the documents
// committed before the fault are intact. They need a NATS server
// (FACTGRAPH_NATS_URL, or FACTGRAPH_NATS_SERVER for the restart) and
// PostgreSQL (FACTGRAPH_POSTGRES_URL); the disk test needs root to mount a
// small tmpfs. scripts/test.sh provides all of them.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/postgres"
	"github.com/factgraph/factgraph/postgres/pgtest"
	"github.com/factgraph/factgraph/queue/queuetest"
	"github.com/factgraph/factgraph/store"
)

func openPostgres(t *testing.T, url string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func appName(t *testing.T) string {
	b := make([]byte, 4)
	rand.Read(b)
	return "factgraph-fault-" + hex.EncodeToString(b)
}

// TestFaultKillWorker kills worker processes with SIGKILL twice: once while
// one holds a document it has not committed, once after it committed a
// document but before it acknowledged it. Both messages are delivered again
// after the ack wait; the second is found stored and acknowledged without a
// second write.
func TestFaultKillWorker(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	cfg.AckWait = 2 * time.Second
	url := pgtest.URL(t, pgtest.Schema(t), "")
	st := openPostgres(t, url)
	q := queuetest.Open(t, cfg)
	docs := genDocs(10, 0, 20)
	publish(t, q, docs)

	held := killChildAt(t, cfg, url, "before", 4)
	if _, err := st.DocumentIDByHash(context.Background(), held); store.ErrorCode(err) != store.ENOTFOUND {
		t.Fatalf("the document held before commit is stored: %v", err)
	}
	before := snapshot(t, st, docs)
	if len(before) != 3 {
		t.Fatalf("%d documents committed before the kill, want 3", len(before))
	}
	in, err := q.Info(context.Background())
	if err != nil || in.AckPending+int(in.Pending) != 17 {
		t.Fatalf("after the kill: %+v, %v; want 17 messages pending or unacknowledged", in, err)
	}

	committed := killChildAt(t, cfg, url, "after", 2)
	if _, err := st.DocumentIDByHash(context.Background(), committed); err != nil {
		t.Fatalf("the document committed before the kill is not stored: %v", err)
	}
	checkIntact(t, st, docs, before)
	before = snapshot(t, st, docs)

	w, _ := startWorker(t, q, st, pipe(t), Options{Concurrency: 2})
	waitStored(t, st, q, len(docs), 60*time.Second)
	checkExactlyOnce(t, st, docs)
	checkIntact(t, st, docs, before)
	if s := w.Stats(); s.Duplicates < 1 {
		t.Errorf("the committed, unacknowledged document was not seen again as a duplicate: %+v", s)
	}
}

// slow is a processor that takes at least a fixed time per document, so
// that a fault lands while documents are in flight.
type slow struct {
	Processor
	d time.Duration
}

func (s slow) Process(source string, data []byte) (*doc.Document, error) {
	time.Sleep(s.d)
	return s.Processor.Process(source, data)
}

// TestFaultRestartNATS stops and starts the NATS server while a worker
// consumes and a publisher publishes: the stream, kept in files, survives,
// both clients reconnect, and every document lands once.
func TestFaultRestartNATS(t *testing.T) {
	srv := queuetest.StartServer(t)
	cfg := queuetest.Config(t, srv.URL())
	cfg.AckWait = 2 * time.Second
	url := pgtest.URL(t, pgtest.Schema(t), "")
	st := openPostgres(t, url)
	q := queuetest.Open(t, cfg)
	docs := genDocs(11, 0, 60)
	publish(t, q, docs[:40])
	startWorker(t, q, st, slow{pipe(t), 20 * time.Millisecond}, Options{Concurrency: 2})
	waitFor(t, 30*time.Second, "10 documents stored", func() bool { return total(t, st) >= 10 })

	srv.Stop()
	atStop := total(t, st)
	before := snapshot(t, st, docs)
	if atStop >= 40 {
		t.Fatalf("all %d documents were stored before the restart; nothing tested", atStop)
	}
	published := make(chan error, 1)
	go func() {
		// Publishing while the server is down: Publish retries until it is back.
		for _, d := range docs[40:] {
			if _, err := q.Publish(context.Background(), d); err != nil {
				published <- err
				return
			}
		}
		published <- nil
	}()
	time.Sleep(300 * time.Millisecond) // the publisher and the worker meet a dead server
	srv.Start()
	if err := <-published; err != nil {
		t.Fatalf("publish across the restart: %v", err)
	}
	t.Logf("%d of 40 documents stored when the server stopped", atStop)
	waitStored(t, st, q, len(docs), 90*time.Second)
	checkExactlyOnce(t, st, docs)
	checkIntact(t, st, docs, before)
}

// TestFaultDropDB terminates the worker's PostgreSQL connections three
// times while it stores documents: the failed writes are rolled back and
// delivered again, and nothing is lost or stored twice.
func TestFaultDropDB(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	app := appName(t)
	schema := pgtest.Schema(t)
	workerStore := openPostgres(t, pgtest.URL(t, schema, app))
	// The test reads through connections of its own, which are not terminated.
	st := openPostgres(t, pgtest.URL(t, schema, ""))
	q := queuetest.Open(t, cfg)
	docs := genDocs(12, 0, 60)
	publish(t, q, docs)
	w, _ := startWorker(t, q, workerStore, slow{pipe(t), 10 * time.Millisecond}, Options{Concurrency: 2})
	terminated := 0
	var before map[string]summary
	for i, at := range []int{10, 25, 40} {
		waitFor(t, 30*time.Second, "documents stored", func() bool { return total(t, st) >= at })
		if i == 0 {
			before = snapshot(t, st, docs)
		}
		terminated += pgtest.Terminate(t, app)
	}
	if terminated == 0 {
		t.Fatal("no connection of the worker was terminated")
	}
	waitStored(t, st, q, len(docs), 60*time.Second)
	checkExactlyOnce(t, st, docs)
	checkIntact(t, st, docs, before)
	t.Logf("%d connections terminated; worker %+v", terminated, w.Stats())
}

// TestFaultDiskFull fills the file system of an SQLite store (a 32 MB tmpfs
// mounted for the test; root only): the worker's commits fail and it
// gives the messages back; the documents committed before are intact, and
// once space is freed every document lands once.
func TestFaultDiskFull(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	mnt := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=32m"); err != nil {
		t.Skipf("cannot mount a small tmpfs to fill (needs root): %v", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(mnt, 0); err != nil {
			t.Errorf("unmount %s: %v", mnt, err)
		}
	})
	st := openSQLite(t, filepath.Join(mnt, "store.db")) // closed before the unmount
	q := queuetest.Open(t, cfg)
	docs := genDocs(13, 0, 40)
	publish(t, q, docs[:10])
	w, _ := startWorker(t, q, st, pipe(t), Options{Concurrency: 2})
	waitStored(t, st, q, 10, 30*time.Second)
	before := snapshot(t, st, docs)

	ballast := filepath.Join(mnt, "ballast")
	fill(t, ballast)
	retried := w.Stats().Retried
	publish(t, q, docs[10:])
	waitFor(t, 30*time.Second, "commits failing on the full disk", func() bool { return w.Stats().Retried >= retried+5 })
	full := total(t, st)
	checkIntact(t, st, docs, before)
	if err := os.Remove(ballast); err != nil {
		t.Fatal(err)
	}
	waitStored(t, st, q, len(docs), 60*time.Second)
	checkExactlyOnce(t, st, docs)
	checkIntact(t, st, docs, before)
	t.Logf("%d of 40 documents stored while the disk was full; worker %+v", full, w.Stats())
}

// fill writes path until the file system is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	for {
		_, err := f.Write(buf)
		if errors.Is(err, syscall.ENOSPC) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for len(buf) > 1 { // the last partial blocks
		buf = buf[:len(buf)/2]
		for {
			if _, err := f.Write(buf); err != nil {
				break
			}
		}
	}
}
