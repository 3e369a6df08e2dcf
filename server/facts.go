package server

import (
	"net/url"

	"github.com/factgraph/factgraph/store"
)

// filterOf reads the filters entity, doc, type, from and to and the page
// of a list of relations or events from the query. The store checks the
// dates.
func filterOf(q url.Values) (store.FactFilter, error) {
	var f store.FactFilter
	var err error
	if f.Entity, err = queryID(q, "entity"); err != nil {
		return f, err
	}
	if f.Doc, err = queryID(q, "doc"); err != nil {
		return f, err
	}
	if f.Type, err = typeOf(q); err != nil {
		return f, err
	}
	f.From, f.To = q.Get("from"), q.Get("to")
	p, err := pageOf(q)
	if err != nil {
		return f, err
	}
	f.ListOptions = store.ListOptions{Limit: p.Limit, Offset: p.Offset}
	return f, nil
}
