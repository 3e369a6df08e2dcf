package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"
)

// Unmerge reverses cross-document merges of an entity. See store.Store.
func (db *DB) Unmerge(ctx context.Context, id int64, docIDs ...int64) ([]int64, error) {
	ids, err := db.unmerge(ctx, id, docIDs)
	if err == nil {
		_ = db.prepareNoted(ctx) // see PutDocument
	}
	return ids, err
}

func (db *DB) unmerge(ctx context.Context, id int64, docIDs []int64) ([]int64, error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, store.Internal("begin", err)
	}
	defer tx.Rollback()
	w := wtx{db, tx, ctx}
	var (
		name string
		key  sql.NullString
	)
	err = w.scan("SELECT name, key FROM entities WHERE id = ?", []any{id}, &name, &key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
	}
	if err != nil {
		return nil, store.Internal("read entity", err)
	}
	moved, full, err := sqlstore.ReadUnmerge(ctx, sqlstore.Std(tx), dialect, id, docIDs)
	if err != nil {
		return nil, sqlstore.AsInternal("unmerge entity", err)
	}
	at := now()
	out := []int64{id}
	for _, s := range moved {
		nid, err := splitSource(w, id, s, at)
		if err != nil {
			return nil, store.Internal("unmerge entity", err)
		}
		out = append(out, nid)
	}
	if full {
		if key.Valid {
			if _, err := w.exec("INSERT OR IGNORE INTO blocked_keys (key, entity_id, blocked_at) VALUES (?, ?, ?)",
				key.String, id, at); err != nil {
				return nil, store.Internal("unmerge entity", fmt.Errorf("block key: %w", err))
			}
		}
		if _, err := w.exec("UPDATE entities SET key = NULL WHERE id = ?", id); err != nil {
			return nil, store.Internal("unmerge entity", err)
		}
		if _, err := w.exec("UPDATE entity_sources SET reason = ? WHERE entity_id = ?",
			sqlstore.UnmergedReason(at), id); err != nil {
			return nil, store.Internal("unmerge entity", err)
		}
	}
	if err := recount(w, id); err != nil {
		return nil, store.Internal("unmerge entity", err)
	}
	if err := refreshEntity(w, id); err != nil {
		return nil, store.Internal("unmerge entity", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, store.Internal("commit unmerge", err)
	}
	return out, nil
}

// splitSource moves one source of entity id to a new entity of its own,
// which stays in its document.
func splitSource(w wtx, id int64, s store.Source, at string) (int64, error) {
	r, err := w.exec(`INSERT INTO entities (type, name, key, aliases, created_at)
		SELECT type, name, NULL, '[]', ? FROM entity_sources WHERE doc_id = ? AND local_id = ?`, at, s.DocID, s.LocalID)
	if err != nil {
		return 0, fmt.Errorf("split %d/%s: %w", s.DocID, s.LocalID, err)
	}
	nid, err := r.LastInsertId()
	if err != nil {
		return 0, err
	}
	if _, err := w.exec("UPDATE entity_sources SET entity_id = ?, reason = ? WHERE doc_id = ? AND local_id = ?",
		nid, sqlstore.SplitReason(id, at, s), s.DocID, s.LocalID); err != nil {
		return 0, fmt.Errorf("split %d/%s: %w", s.DocID, s.LocalID, err)
	}
	if err := recount(w, nid); err != nil {
		return 0, err
	}
	return nid, refreshEntity(w, nid)
}

// recount recomputes an entity's document and mention counts.
func recount(w wtx, id int64) error {
	_, err := w.exec(dialect.SQL(sqlstore.RecountSQL), id)
	if err != nil {
		return fmt.Errorf("count entity %d: %w", id, err)
	}
	return nil
}
