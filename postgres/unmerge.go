package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"
)

// Unmerge reverses cross-document merges of an entity. See store.Store.
func (db *DB) Unmerge(ctx context.Context, id int64, docIDs ...int64) ([]int64, error) {
	var out []int64
	err := db.inTx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		var err error
		out, err = unmerge(ctx, tx, id, docIDs)
		return err
	})
	if err != nil {
		return nil, dbErr("unmerge entity", err)
	}
	return out, nil
}

func unmerge(ctx context.Context, tx pgx.Tx, id int64, docIDs []int64) ([]int64, error) {
	// Take the entity's key first, as writers do, then its row.
	var key *string
	err := tx.QueryRow(ctx, "SELECT key FROM entities WHERE id = $1", id).Scan(&key)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read entity: %w", err)
	}
	if key != nil {
		if err := lockKeys(ctx, tx, []string{*key}); err != nil {
			return nil, err
		}
	}
	if err := tx.QueryRow(ctx, "SELECT key FROM entities WHERE id = $1 FOR UPDATE", id).Scan(&key); err != nil {
		return nil, fmt.Errorf("lock entity: %w", err)
	}
	moved, full, err := sqlstore.ReadUnmerge(ctx, shared{tx}, dialect, id, docIDs)
	if err != nil {
		return nil, err
	}
	at := now()
	out := []int64{id}
	for _, s := range moved {
		nid, err := splitSource(ctx, tx, id, s, at)
		if err != nil {
			return nil, err
		}
		out = append(out, nid)
	}
	if full {
		if key != nil {
			if _, err := tx.Exec(ctx, "INSERT INTO blocked_keys (key, entity_id) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
				*key, id); err != nil {
				return nil, fmt.Errorf("block key: %w", err)
			}
		}
		if _, err := tx.Exec(ctx, "UPDATE entities SET key = NULL WHERE id = $1", id); err != nil {
			return nil, fmt.Errorf("drop key: %w", err)
		}
		if _, err := tx.Exec(ctx, "UPDATE entity_sources SET reason = $2 WHERE entity_id = $1",
			id, sqlstore.UnmergedReason(at)); err != nil {
			return nil, fmt.Errorf("update reason: %w", err)
		}
	}
	if err := recount(ctx, tx, id); err != nil {
		return nil, err
	}
	if err := refreshAliases(ctx, tx, id); err != nil {
		return nil, err
	}
	return out, nil
}

// splitSource moves one source of entity id to a new entity of its own,
// which stays in its document.
func splitSource(ctx context.Context, tx pgx.Tx, id int64, s store.Source, at string) (int64, error) {
	var nid int64
	err := tx.QueryRow(ctx, `INSERT INTO entities (type, name, key)
		SELECT type, name, NULL FROM entity_sources WHERE doc_id = $1 AND local_id = $2 RETURNING id`, s.DocID, s.LocalID).Scan(&nid)
	if err != nil {
		return 0, fmt.Errorf("split %d/%s: %w", s.DocID, s.LocalID, err)
	}
	if _, err := tx.Exec(ctx, "UPDATE entity_sources SET entity_id = $1, reason = $2 WHERE doc_id = $3 AND local_id = $4",
		nid, sqlstore.SplitReason(id, at, s), s.DocID, s.LocalID); err != nil {
		return 0, fmt.Errorf("split %d/%s: %w", s.DocID, s.LocalID, err)
	}
	if err := recount(ctx, tx, nid); err != nil {
		return 0, err
	}
	return nid, refreshAliases(ctx, tx, nid)
}

// recount recomputes an entity's document and mention counts.
func recount(ctx context.Context, tx pgx.Tx, id int64) error {
	_, err := tx.Exec(ctx, dialect.SQL(sqlstore.RecountSQL), id)
	if err != nil {
		return fmt.Errorf("count entity %d: %w", id, err)
	}
	return nil
}

// refreshAliases recomputes an entity's aliases from its sources: their
// names and aliases in source order, without duplicates or the entity's
// name, at most MaxAliases. The trigger on entities reindexes them.
func refreshAliases(ctx context.Context, tx pgx.Tx, id int64) error {
	_, err := tx.Exec(ctx, `UPDATE entities e SET aliases = ARRAY(
		SELECT a FROM (
			SELECT DISTINCT ON (u.a) u.a, s.ord, u.o
			FROM (SELECT row_number() OVER (ORDER BY doc_id, local_id) AS ord, name, aliases
				FROM entity_sources WHERE entity_id = $1) s
			CROSS JOIN LATERAL unnest(array_prepend(s.name, s.aliases)) WITH ORDINALITY AS u(a, o)
			ORDER BY u.a, s.ord, u.o) x
		WHERE a <> e.name ORDER BY ord, o LIMIT $2)
		WHERE e.id = $1`, id, MaxAliases)
	if err != nil {
		return fmt.Errorf("refresh aliases of entity %d: %w", id, err)
	}
	return nil
}
