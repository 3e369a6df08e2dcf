package sqlite

import (
	"context"
	"testing"

	"github.com/factgraph/factgraph/store/storetest"
)

// BenchmarkPutDocument stores generated documents, one transaction each
// (storetest.BenchPutDocument).
func BenchmarkPutDocument(b *testing.B) {
	storetest.BenchPutDocument(b, openTest(b))
}

// BenchmarkQueries runs the read queries on a store of
// storetest.BenchDocs generated documents (storetest.BenchQueries).
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	db := openTest(b)
	for i := 0; i < storetest.BenchDocs; i++ {
		d, m := storetest.GenDocument(1, i)
		if _, err := db.PutDocument(ctx, d, m); err != nil {
			b.Fatal(err)
		}
	}
	storetest.BenchQueries(b, db)
}
