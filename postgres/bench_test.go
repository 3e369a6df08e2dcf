package postgres

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factgraph/factgraph/store/storetest"
)

// BenchmarkPutDocument stores generated documents, one transaction each
// (storetest.BenchPutDocument).
func BenchmarkPutDocument(b *testing.B) {
	storetest.BenchPutDocument(b, openTest(b))
}

// BenchmarkPutDocumentParallel stores generated documents from four
// goroutines at once, as several ingesters would: commits share WAL flushes,
// and writers of the same identity keys (the generator's small pools of
// names) wait for each other.
func BenchmarkPutDocumentParallel(b *testing.B) {
	ctx := context.Background()
	db := openTest(b)
	var next atomic.Int64
	b.SetParallelism(2) // 2 × GOMAXPROCS goroutines
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d, m := storetest.GenDocument(1, int(next.Add(1)))
			if _, err := db.PutDocument(ctx, d, m); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(next.Load())/b.Elapsed().Seconds(), "docs/s")
}

// load stores documents 0 … n-1 of storetest.GenDocument from four
// goroutines.
func load(b *testing.B, db *DB, n int) {
	ctx := context.Background()
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				d, m := storetest.GenDocument(1, i)
				if _, err := db.PutDocument(ctx, d, m); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if b.Failed() {
		b.FailNow()
	}
}

// BenchmarkQueries runs the read queries on a store of
// storetest.BenchDocs generated documents, loaded from four goroutines
// (storetest.BenchQueries).
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	db := openTest(b)
	start := time.Now()
	load(b, db, storetest.BenchDocs)
	if _, err := db.pool.Exec(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	b.Logf("loaded %d documents from 4 goroutines in %v", storetest.BenchDocs, time.Since(start).Round(time.Millisecond))
	storetest.BenchQueries(b, db)
}
