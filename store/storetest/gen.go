package storetest

import (
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/storegen"
)

// GenDocument returns storegen.Document(seed, i): a synthetic news document
// of about 1,500 characters with 12 entities, 4 relations and an event.
func GenDocument(seed uint64, i int) (*doc.Document, store.Meta) {
	return storegen.Document(seed, i)
}
