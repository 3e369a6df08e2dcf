package sqlstore

import (
	"context"

	"github.com/factgraph/factgraph/store"
)

// Reader holds the read methods of store.Store whose queries both backends
// share: Documents, Entity, Entities, Relations, Events, Mentions and
// Sources. A backend embeds it in its DB with its dialect, its read
// transaction and its scanners.
type Reader struct {
	Dialect Dialect
	// InTx runs fn in a read-only transaction (one snapshot) and returns
	// its failure as a store error naming op.
	InTx func(ctx context.Context, op string, fn func(Querier) error) error
	// ScanEntity and ScanDocument scan EntityCols and DocumentCols.
	ScanEntity   func(Scanner, *store.Entity) error
	ScanDocument func(Scanner, *store.Document) error
}

// read runs fn in r's read transaction and returns its value, or nil and
// the error.
func read[T any](ctx context.Context, r Reader, op string, fn func(Querier) (*T, error)) (*T, error) {
	var v *T
	err := r.InTx(ctx, op, func(q Querier) error {
		var err error
		v, err = fn(q)
		return err
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// Documents lists documents, newest first. See store.Store.
func (r Reader) Documents(ctx context.Context, opt store.ListOptions) (*store.DocumentList, error) {
	return read(ctx, r, "list documents", func(q Querier) (*store.DocumentList, error) {
		return ListDocuments(ctx, q, r.Dialect, opt, r.ScanDocument)
	})
}

// Entity returns an entity with the first page of its sources, mentions,
// relations, events and documents. See store.Store.
func (r Reader) Entity(ctx context.Context, id int64) (*store.EntityPage, error) {
	return read(ctx, r, "read entity", func(q Querier) (*store.EntityPage, error) {
		return EntityPage(ctx, q, r.Dialect, id, r.ScanEntity, r.ScanDocument)
	})
}

// Entities lists the entities of the store. See store.Store.
func (r Reader) Entities(ctx context.Context, f store.EntityFilter) (*store.EntityList, error) {
	return read(ctx, r, "list entities", func(q Querier) (*store.EntityList, error) {
		return ListEntities(ctx, q, r.Dialect, f, r.ScanEntity)
	})
}

// EntityTypes counts the entities of each type. See store.Store.
func (r Reader) EntityTypes(ctx context.Context) ([]store.TypeCount, error) {
	l, err := read(ctx, r, "count entity types", func(q Querier) (*[]store.TypeCount, error) {
		l, err := Collect(ctx, q, func(s Scanner, c *store.TypeCount) error { return s.Scan(&c.Type, &c.Count) },
			"SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY 2 DESC, 1")
		return &l, err
	})
	if err != nil {
		return nil, err
	}
	return *l, nil
}

// Relations lists the relations of the store. See store.Store.
func (r Reader) Relations(ctx context.Context, f store.FactFilter) (*store.RelationList, error) {
	return read(ctx, r, "list relations", func(q Querier) (*store.RelationList, error) {
		return ListRelations(ctx, q, r.Dialect, f)
	})
}

// Events lists the events of the store in timeline order. See
// store.Store.
func (r Reader) Events(ctx context.Context, f store.FactFilter) (*store.EventList, error) {
	return read(ctx, r, "list events", func(q Querier) (*store.EventList, error) {
		return ListEvents(ctx, q, r.Dialect, f, r.ScanDocument)
	})
}

// Mentions lists the mentions of an entity in context. See store.Store.
func (r Reader) Mentions(ctx context.Context, id int64, opt store.ListOptions) (*store.MentionList, error) {
	return read(ctx, r, "list mentions", func(q Querier) (*store.MentionList, error) {
		return ListMentions(ctx, q, r.Dialect, id, opt, r.ScanDocument)
	})
}

// Sources lists the sources of an entity. See store.Store.
func (r Reader) Sources(ctx context.Context, id int64, opt store.ListOptions) (*store.SourceList, error) {
	return read(ctx, r, "list sources", func(q Querier) (*store.SourceList, error) {
		return ListSources(ctx, q, r.Dialect, id, opt)
	})
}
