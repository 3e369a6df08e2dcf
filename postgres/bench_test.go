package postgres

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/storetest"
)

// BenchmarkPutDocument stores generated documents (about 1,500
// characters, 12 entities, 4 relations, an event each), one transaction
// each.
func BenchmarkPutDocument(b *testing.B) {
	ctx := context.Background()
	db := openTest(b)
	docs := 0
	for b.Loop() {
		d, m := storetest.GenDocument(1, docs)
		docs++
		if _, err := db.PutDocument(ctx, d, m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
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

// benchDocs is the size of the store the query benchmarks run on.
const benchDocs = 5000

// BenchmarkQueries runs the read queries on a store of benchDocs
// generated documents.
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	db := openTest(b)
	start := time.Now()
	load(b, db, benchDocs)
	if _, err := db.pool.Exec(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	b.Logf("loaded %d documents from 4 goroutines in %v", benchDocs, time.Since(start).Round(time.Millisecond))
	res, err := db.Search(ctx, "Дмитрий Шугаев", store.SearchOptions{})
	if err != nil || len(res.Entities) == 0 {
		b.Fatalf("no entity to query: %v", err)
	}
	person := res.Entities[0].ID
	res, err = db.Search(ctx, "Ижевск", store.SearchOptions{})
	if err != nil || len(res.Entities) == 0 {
		b.Fatalf("no city to query: %v", err)
	}
	city := res.Entities[0].ID
	b.Logf("store: %d documents; person %d in %d documents, city %d in %d documents",
		benchDocs, person, res.Entities[0].DocCount, city, res.Entities[0].DocCount)
	benches := []struct {
		name string
		fn   func() error
	}{
		{"Search/word", func() error { _, err := db.Search(ctx, "Ижевск", store.SearchOptions{Limit: 20}); return err }},
		{"Search/two-words", func() error {
			_, err := db.Search(ctx, "Шугаев Ростех", store.SearchOptions{Limit: 20})
			return err
		}},
		{"Search/rare", func() error {
			_, err := db.Search(ctx, "Выпуск 4321", store.SearchOptions{Limit: 20})
			return err
		}},
		{"Entity/person", func() error { _, err := db.Entity(ctx, person); return err }},
		{"Entity/city", func() error { _, err := db.Entity(ctx, city); return err }},
		{"Neighbourhood/depth1", func() error { _, err := db.Neighbourhood(ctx, person, 1); return err }},
		{"Neighbourhood/depth2", func() error { _, err := db.Neighbourhood(ctx, person, 2); return err }},
		{"Document", func() error { _, err := db.Document(ctx, benchDocs/2); return err }},
		{"Documents", func() error { _, err := db.Documents(ctx, store.ListOptions{Limit: 50}); return err }},
	}
	for _, bb := range benches {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				if err := bb.fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
