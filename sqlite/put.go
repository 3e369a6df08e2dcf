package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"
)

// PutDocument stores d and what was extracted from it in one transaction.
// See store.Store.
func (db *DB) PutDocument(ctx context.Context, d *doc.Document, m store.Meta) (store.PutResult, error) {
	res, err := db.putDocument(ctx, d, m)
	if err == nil {
		// The document is stored; a statement that fails to prepare for
		// reuse is prepared again in the next transaction, which is slower
		// but correct, so the failure is not the caller's.
		_ = db.prepareNoted(ctx)
	}
	return res, err
}

func (db *DB) putDocument(ctx context.Context, d *doc.Document, m store.Meta) (store.PutResult, error) {
	if err := store.Validate(d, m); err != nil {
		return store.PutResult{}, err
	}
	if m.Source == "" {
		m.Source = d.Source
	}
	res := store.PutResult{Hash: store.Hash(d.Text)}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return store.PutResult{}, store.Internal("begin", err)
	}
	defer tx.Rollback()
	err = tx.QueryRowContext(ctx, "SELECT id FROM documents WHERE hash = ?", res.Hash).Scan(&res.ID)
	switch {
	case err == nil:
		res.Existing = true
		return res, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.PutResult{}, store.Internal("look up document hash", err)
	}
	p := putter{w: wtx{db, tx, ctx}, db: db, ctx: ctx, d: d}
	if res.ID, err = p.put(m, res.Hash); err != nil {
		return store.PutResult{}, store.Internal("store document", err)
	}
	if err := db.fail("commit"); err != nil {
		return store.PutResult{}, store.Internal("store document", err)
	}
	if err := tx.Commit(); err != nil {
		return store.PutResult{}, store.Internal("commit document", err)
	}
	return res, nil
}

// fail calls the test failpoint.
func (db *DB) fail(step string) error { return db.failpoint.Fail(step) }

// putter writes one document inside a transaction.
type putter struct {
	w     wtx
	db    *DB
	ctx   context.Context
	d     *doc.Document
	docID int64
}

func (p *putter) exec(query string, args ...any) (sql.Result, error) {
	return p.w.exec(query, args...)
}

func (p *putter) put(m store.Meta, hash string) (int64, error) {
	d := p.d
	vals, err := sqlstore.DocumentValues(d, m, hash)
	if err != nil {
		return 0, err
	}
	r, err := p.exec(`INSERT INTO documents (`+sqlstore.DocumentInsertCols+`, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		append(vals, now())...)
	if err != nil {
		return 0, fmt.Errorf("insert document: %w", err)
	}
	if p.docID, err = r.LastInsertId(); err != nil {
		return 0, err
	}
	if _, err := p.exec("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", p.docID, m.Title, d.Text); err != nil {
		return 0, fmt.Errorf("index document: %w", err)
	}
	if err := p.db.fail("document"); err != nil {
		return 0, err
	}
	if err := p.entities(); err != nil {
		return 0, err
	}
	if err := p.db.fail("entities"); err != nil {
		return 0, err
	}
	if err := p.relations(); err != nil {
		return 0, err
	}
	if err := p.db.fail("relations"); err != nil {
		return 0, err
	}
	if err := p.events(); err != nil {
		return 0, err
	}
	for _, q := range sqlstore.CountFactsSQL {
		if _, err := p.exec(dialect.SQL(q), p.docID); err != nil {
			return 0, fmt.Errorf("count relations and events: %w", err)
		}
	}
	if err := p.db.fail("events"); err != nil {
		return 0, err
	}
	return p.docID, nil
}

// entities attaches each document-local entity to a store entity (merging
// on the identity key when it may) and stores its mentions.
func (p *putter) entities() error {
	counted := map[int64]bool{} // store entities already counted for this document
	for _, e := range p.d.Entities {
		key, why := store.IdentityKey(e.Type, e.Name)
		var (
			id      int64
			reason  string
			blocked bool
			err     error
		)
		if key != "" {
			var found sql.NullInt64
			if err = p.w.scan(`SELECT (SELECT id FROM entities WHERE key = ?1), EXISTS (SELECT 1 FROM blocked_keys WHERE key = ?1)`,
				[]any{key}, &found, &blocked); err != nil {
				return fmt.Errorf("look up entity key: %w", err)
			}
			switch {
			case blocked:
				reason = fmt.Sprintf("stays in its document: identity key %q was unmerged", key)
			case found.Valid:
				id = found.Int64
				reason = fmt.Sprintf("merged: same identity key %q (type and normalized name)", key)
			default:
				reason = fmt.Sprintf("first with identity key %q", key)
			}
		} else {
			reason = "stays in its document: " + why
		}
		names := sqlstore.AliasesOf(e)
		created := id == 0
		if created {
			var k any // NULL: the entity stays in its document
			if key != "" && !blocked {
				k = key
			}
			r, err := p.exec(`INSERT INTO entities (type, name, key, aliases, created_at) VALUES (?,?,?,?,?)`,
				e.Type, e.Name, k, "[]", now())
			if err != nil {
				return fmt.Errorf("insert entity %s: %w", e.ID, err)
			}
			if id, err = r.LastInsertId(); err != nil {
				return err
			}
		}
		aj, err := json.Marshal(names)
		if err != nil {
			return err
		}
		if _, err := p.exec(`INSERT INTO entity_sources (doc_id, local_id, entity_id, type, name, aliases, key, reason)
			VALUES (?,?,?,?,?,?,?,?)`, p.docID, e.ID, id, e.Type, e.Name, string(aj), key, sqlstore.EncodeReason(reason, e.Type, key)); err != nil {
			return fmt.Errorf("insert entity source %s: %w", e.ID, err)
		}
		for _, mt := range e.Mentions {
			if _, err := p.exec(`INSERT INTO mentions (doc_id, local_id, start, "end", text, type) VALUES (?,?,?,?,?,?)`,
				p.docID, e.ID, mt.Start, mt.End, mt.Text, mt.Type); err != nil {
				return fmt.Errorf("insert mention of %s: %w", e.ID, err)
			}
		}
		docs := 0
		if !counted[id] {
			counted[id] = true
			docs = 1
		}
		if _, err := p.exec("UPDATE entities SET doc_count = doc_count + ?, mention_count = mention_count + ? WHERE id = ?",
			docs, len(e.Mentions), id); err != nil {
			return fmt.Errorf("count entity %d: %w", id, err)
		}
		if err := addAliases(p.w, id, append(names, e.Name), created); err != nil {
			return err
		}
	}
	return nil
}

// MaxAliases caps the aliases kept for one entity.
const MaxAliases = sqlstore.MaxAliases

// addAliases adds names to an entity's aliases (other than its name) and
// rewrites its full-text row when they changed or the entity is new.
func addAliases(w wtx, id int64, names []string, created bool) error {
	var name, aj string
	if err := w.scan("SELECT name, aliases FROM entities WHERE id = ?", []any{id}, &name, &aj); err != nil {
		return fmt.Errorf("read entity %d: %w", id, err)
	}
	var aliases []string
	if err := json.Unmarshal([]byte(aj), &aliases); err != nil {
		return fmt.Errorf("aliases of entity %d: %w", id, err)
	}
	changed := false
	for _, n := range names {
		if n != name && len(aliases) < MaxAliases && !slices.Contains(aliases, n) {
			aliases = append(aliases, n)
			changed = true
		}
	}
	if !changed && !created {
		return nil
	}
	return writeAliases(w, id, name, aliases, created)
}

// writeAliases stores an entity's aliases and rewrites its full-text row.
func writeAliases(w wtx, id int64, name string, aliases []string, created bool) error {
	aj, err := json.Marshal(aliases)
	if err != nil {
		return err
	}
	if _, err := w.exec("UPDATE entities SET aliases = ? WHERE id = ?", string(aj), id); err != nil {
		return fmt.Errorf("update aliases of entity %d: %w", id, err)
	}
	if !created {
		if _, err := w.exec("DELETE FROM entities_fts WHERE rowid = ?", id); err != nil {
			return fmt.Errorf("unindex entity %d: %w", id, err)
		}
	}
	if _, err := w.exec("INSERT INTO entities_fts (rowid, name, aliases) VALUES (?, ?, ?)",
		id, name, joinLines(aliases)); err != nil {
		return fmt.Errorf("index entity %d: %w", id, err)
	}
	return nil
}

// refreshEntity recomputes an entity's aliases from its sources and
// rewrites its full-text row.
func refreshEntity(w wtx, id int64) error {
	var name string
	if err := w.scan("SELECT name FROM entities WHERE id = ?", []any{id}, &name); err != nil {
		return fmt.Errorf("read entity %d: %w", id, err)
	}
	rows, err := w.query("SELECT name, aliases FROM entity_sources WHERE entity_id = ? ORDER BY doc_id, local_id", id)
	if err != nil {
		return fmt.Errorf("read sources of entity %d: %w", id, err)
	}
	defer rows.Close()
	aliases := []string{}
	seen := map[string]bool{name: true}
	for rows.Next() {
		var n, aj string
		if err := rows.Scan(&n, &aj); err != nil {
			return err
		}
		var as []string
		if err := json.Unmarshal([]byte(aj), &as); err != nil {
			return fmt.Errorf("aliases of entity %d: %w", id, err)
		}
		for _, a := range slices.Insert(as, 0, n) {
			if !seen[a] {
				seen[a] = true
				aliases = append(aliases, a)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(aliases) > MaxAliases {
		aliases = aliases[:MaxAliases]
	}
	return writeAliases(w, id, name, aliases, false)
}

func joinLines(ss []string) string {
	n := 0
	for _, s := range ss {
		n += len(s) + 1
	}
	b := make([]byte, 0, n)
	for _, s := range ss {
		b = append(b, s...)
		b = append(b, '\n')
	}
	return string(b)
}

func (p *putter) relations() error {
	for i, r := range p.d.Relations {
		if _, err := p.exec(`INSERT INTO relations (doc_id, type, head, tail, ev_start, ev_end) VALUES (?,?,?,?,?,?)`,
			p.docID, r.Type, r.Head, r.Tail, r.Evidence.Start, r.Evidence.End); err != nil {
			return fmt.Errorf("insert relation %d: %w", i+1, err)
		}
	}
	return nil
}

func (p *putter) events() error {
	local := make(map[string]bool, len(p.d.Entities))
	for _, e := range p.d.Entities {
		local[e.ID] = true
	}
	for _, e := range p.d.Events {
		var place any
		placeText := e.Place
		if local[e.Place] {
			place, placeText = e.Place, ""
		}
		r, err := p.exec(`INSERT INTO events (doc_id, local_id, type, trigger_start, trigger_end, trigger_text, date, place_local, place_text)
			VALUES (?,?,?,?,?,?,?,?,?)`, p.docID, e.ID, e.Type, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, e.Date, place, placeText)
		if err != nil {
			return fmt.Errorf("insert event %s: %w", e.ID, err)
		}
		id, err := r.LastInsertId()
		if err != nil {
			return err
		}
		for _, pt := range e.Participants {
			if _, err := p.exec("INSERT INTO event_participants (event_id, doc_id, local_id) VALUES (?,?,?)", id, p.docID, pt); err != nil {
				return fmt.Errorf("insert participant %s of event %s: %w", pt, e.ID, err)
			}
		}
	}
	return nil
}
