package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"
)

// dialect is SQLite's side of the queries shared with postgres.
var dialect = sqlstore.Dialect{Question: true, NoRows: sql.ErrNoRows, ParticipantOrder: "rowid"}

const (
	documentCols = sqlstore.DocumentCols
	entityCols   = sqlstore.EntityCols
)

func scanDocument(s sqlstore.Scanner, d *store.Document, extra ...any) error {
	var stored string
	dest := append([]any{&d.ID, &d.Hash, &d.Title, &d.URL, &d.Date, &d.Source, &d.Lang, &d.Chars,
		&d.Counts.Entities, &d.Counts.Mentions, &d.Counts.Relations, &d.Counts.Events, &stored}, extra...)
	if err := s.Scan(dest...); err != nil {
		return err
	}
	d.Stored = parseTime(stored)
	return nil
}

func scanEntity(s sqlstore.Scanner, e *store.Entity, extra ...any) error {
	var aj string
	dest := append([]any{&e.ID, &e.Type, &e.Name, &e.Key, &aj, &e.DocCount, &e.MentionCount}, extra...)
	if err := s.Scan(dest...); err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(aj), &e.Aliases); err != nil {
		return fmt.Errorf("aliases of entity %d: %w", e.ID, err)
	}
	if len(e.Aliases) == 0 {
		e.Aliases = nil
	}
	return nil
}

// DocumentIDByHash returns the ID of the document with the text hash. See
// store.Store.
func (db *DB) DocumentIDByHash(ctx context.Context, hash string) (int64, error) {
	var id int64
	err := db.r.QueryRowContext(ctx, "SELECT id FROM documents WHERE hash = ?", hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, store.Errorf(store.ENOTFOUND, "no document with hash %.64q", hash)
	}
	return id, store.Internal("look up document hash", err)
}

// inReadTx runs fn in a read transaction; its errors become store errors
// (sqlstore.AsInternal) naming op. It is the InTx of the DB's
// sqlstore.Reader.
func (db *DB) inReadTx(ctx context.Context, op string, fn func(sqlstore.Querier) error) error {
	tx, err := db.readTx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(sqlstore.Std(tx)); err != nil {
		return sqlstore.AsInternal(op, err)
	}
	return nil
}

func scanDoc(s sqlstore.Scanner, d *store.Document) error { return scanDocument(s, d) }
func scanEnt(s sqlstore.Scanner, e *store.Entity) error   { return scanEntity(s, e) }

// Document returns a document with everything extracted from it. See
// store.Store.
func (db *DB) Document(ctx context.Context, id int64) (*store.DocumentPage, error) {
	tx, err := db.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var (
		p     store.DocumentPage
		sents string
	)
	err = scanDocument(tx.QueryRowContext(ctx, "SELECT "+documentCols+", d.text, d.sentences FROM documents d WHERE d.id = ?", id),
		&p.Document, &p.Text, &sents)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.Errorf(store.ENOTFOUND, "document %d not found", id)
	}
	if err != nil {
		return nil, store.Internal("read document", err)
	}
	if err := json.Unmarshal([]byte(sents), &p.Sentences); err != nil {
		return nil, store.Internal("read document", fmt.Errorf("sentences of document %d: %w", id, err))
	}
	q := sqlstore.Std(tx)
	if p.Entities, err = sqlstore.Collect(ctx, q, scanEnt, `SELECT DISTINCT `+entityCols+` FROM entity_sources s
		JOIN entities e ON e.id = s.entity_id WHERE s.doc_id = ? ORDER BY e.id`, id); err != nil {
		return nil, store.Internal("read document entities", err)
	}
	if p.Mentions, err = sqlstore.Mentions(ctx, q, `SELECT m.doc_id, s.entity_id, m.start, m."end", m.text, m.type
		FROM mentions m JOIN entity_sources s ON s.doc_id = m.doc_id AND s.local_id = m.local_id
		WHERE m.doc_id = ? ORDER BY m.start, m."end" DESC, m.id`, id); err != nil {
		return nil, store.Internal("read document mentions", err)
	}
	if p.Relations, err = sqlstore.Relations(ctx, q, "r.doc_id = ?", id); err != nil {
		return nil, store.Internal("read document relations", err)
	}
	if p.Events, err = sqlstore.Events(ctx, q, dialect, "SELECT id FROM events WHERE doc_id = ?", id); err != nil {
		return nil, store.Internal("read document events", err)
	}
	return &p, nil
}

// Neighbourhood returns the entities linked to the entity by relations
// and shared events within depth hops. See store.Store.
func (db *DB) Neighbourhood(ctx context.Context, id int64, depth int) (*store.Graph, error) {
	if depth < 1 || depth > 2 {
		return nil, store.Errorf(store.EINVALID, "depth %d: it must be 1 or 2", depth)
	}
	tx, err := db.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	b := sqlstore.NewGraphBuilder(id, depth)
	frontier := []int64{id}
	for hop := 1; hop <= depth && len(frontier) > 0; hop++ {
		var next []int64
		for _, n := range frontier {
			rows, err := tx.QueryContext(ctx, `SELECT h.entity_id, t.entity_id, r.type, COUNT(*)
				FROM relations r
				JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head
				JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail
				WHERE `+dialect.SQL(sqlstore.EntityRelationsWhere)+` GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT ?2`, n, store.MaxNodeEdges+1)
			if err != nil {
				return nil, store.Internal("read neighbourhood", err)
			}
			edges := 0
			for rows.Next() {
				if edges++; edges > store.MaxNodeEdges {
					b.G.Truncated = true
					break
				}
				var e store.Edge
				if err := rows.Scan(&e.Head, &e.Tail, &e.Type, &e.Count); err != nil {
					rows.Close()
					return nil, store.Internal("read neighbourhood", err)
				}
				next = b.AddEdge(hop, e, next)
			}
			err = rows.Err()
			rows.Close()
			if err != nil {
				return nil, store.Internal("read neighbourhood", err)
			}
			evs, more, err := sqlstore.EventEdges(ctx, sqlstore.Std(tx), dialect, n)
			if err != nil {
				return nil, store.Internal("read neighbourhood", err)
			}
			b.G.Truncated = b.G.Truncated || more
			for _, e := range evs {
				next = b.AddEdge(hop, e, next)
			}
		}
		frontier = next
	}
	for _, n := range b.Order {
		var r store.EntityRef
		err := tx.QueryRowContext(ctx, "SELECT id, type, name FROM entities WHERE id = ?", n).Scan(&r.ID, &r.Type, &r.Name)
		if errors.Is(err, sql.ErrNoRows) && n == id {
			return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
		}
		if err != nil {
			return nil, store.Internal("read neighbourhood", err)
		}
		b.AddNode(n, r)
	}
	return b.G, nil
}

// Search runs a ranked full-text search over documents and entity names.
// See store.Store.
func (db *DB) Search(ctx context.Context, query string, opt store.SearchOptions) (*store.SearchResult, error) {
	terms, limit, err := sqlstore.SearchRequest(query, opt)
	if err != nil {
		return nil, err
	}
	match := matchExpr(terms)
	tx, err := db.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	res := &store.SearchResult{Query: query, Documents: []store.DocumentHit{}, Entities: []store.EntityHit{}}
	// Rank in the full-text index alone, then read the few documents;
	// snippets are cut in Go (FTS5's snippet() would re-match each row).
	rows, err := tx.QueryContext(ctx, `SELECT `+documentCols+`, substr(d.text, 1, ?), s.score
		FROM (SELECT rowid AS id, bm25(documents_fts, 5.0, 1.0) AS score FROM documents_fts
			WHERE documents_fts MATCH ? ORDER BY score, rowid DESC LIMIT ?) s
		JOIN documents d ON d.id = s.id
		ORDER BY s.score, d.id DESC`, sqlstore.SnippetScan, match, limit)
	if err != nil {
		return nil, store.Internal("search documents", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			h    store.DocumentHit
			text string
		)
		if err := scanDocument(rows, &h.Document, &text, &h.Score); err != nil {
			return nil, store.Internal("search documents", err)
		}
		h.Score = -h.Score
		h.Snippet = store.Snippet(text, terms, sqlstore.SnippetWords)
		res.Documents = append(res.Documents, h)
	}
	if err := rows.Err(); err != nil {
		return nil, store.Internal("search documents", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT `+entityCols+`, bm25(entities_fts, 4.0, 1.0) AS score
		FROM entities_fts JOIN entities e ON e.id = entities_fts.rowid
		WHERE entities_fts MATCH ? ORDER BY score, e.doc_count DESC, e.mention_count DESC, e.id LIMIT ?`, match, limit)
	if err != nil {
		return nil, store.Internal("search entities", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h store.EntityHit
		if err := scanEntity(rows, &h.Entity, &h.Score); err != nil {
			return nil, store.Internal("search entities", err)
		}
		h.Score = -h.Score
		res.Entities = append(res.Entities, h)
	}
	return res, store.Internal("search entities", rows.Err())
}

// matchExpr turns query terms (letters and digits only) into an FTS5 query
// that requires every term as a prefix and ranks whole-word matches higher:
// ("t1" "t2") OR ("t1"* "t2"*).
func matchExpr(terms []string) string {
	var exact, prefix strings.Builder
	for i, t := range terms {
		if i > 0 {
			exact.WriteByte(' ')
			prefix.WriteByte(' ')
		}
		q := `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		exact.WriteString(q)
		prefix.WriteString(q + "*")
	}
	return "(" + exact.String() + ") OR (" + prefix.String() + ")"
}
