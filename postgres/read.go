package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"
)

// querier is what pgx.Tx and the pool share.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// shared adapts a pgx transaction (or the pool) to sqlstore.Querier.
type shared struct{ q querier }

func (s shared) Query(ctx context.Context, sql string, args ...any) (sqlstore.Rows, error) {
	return s.q.Query(ctx, sql, args...)
}

func (s shared) QueryRow(ctx context.Context, sql string, args ...any) sqlstore.Scanner {
	return s.q.QueryRow(ctx, sql, args...)
}

// dialect is PostgreSQL's side of the queries shared with sqlite.
var dialect = sqlstore.Dialect{NoRows: pgx.ErrNoRows, ParticipantOrder: "pos"}

const (
	documentCols = sqlstore.DocumentCols
	entityCols   = sqlstore.EntityCols
)

func scanDocument(s sqlstore.Scanner, d *store.Document, extra ...any) error {
	var stored time.Time
	dest := append([]any{&d.ID, &d.Hash, &d.Title, &d.URL, &d.Date, &d.Source, &d.Lang, &d.Chars,
		&d.Counts.Entities, &d.Counts.Mentions, &d.Counts.Relations, &d.Counts.Events, &stored}, extra...)
	if err := s.Scan(dest...); err != nil {
		return err
	}
	d.Stored = stored.UTC()
	return nil
}

func scanEntity(s sqlstore.Scanner, e *store.Entity, extra ...any) error {
	dest := append([]any{&e.ID, &e.Type, &e.Name, &e.Key, &e.Aliases, &e.DocCount, &e.MentionCount}, extra...)
	if err := s.Scan(dest...); err != nil {
		return err
	}
	if len(e.Aliases) == 0 {
		e.Aliases = nil
	}
	return nil
}

// DocumentIDByHash returns the ID of the document with the text hash. See
// store.Store.
func (db *DB) DocumentIDByHash(ctx context.Context, hash string) (int64, error) {
	if !isHash(hash) {
		return 0, store.Errorf(store.ENOTFOUND, "no document with hash %.64q", hash)
	}
	var id int64
	err := db.pool.QueryRow(ctx, "SELECT id FROM documents WHERE hash = $1", hash).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, store.Errorf(store.ENOTFOUND, "no document with hash %.64q", hash)
	}
	return id, dbErr("look up document hash", err)
}

// isHash reports whether s has the form of store.Hash: 64 lower-case hex
// digits. Other strings name no document (and may hold bytes PostgreSQL
// refuses, such as NUL).
func isHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// inReadTx runs fn in a read transaction; its errors become store errors
// naming op. It is the InTx of the DB's sqlstore.Reader.
func (db *DB) inReadTx(ctx context.Context, op string, fn func(sqlstore.Querier) error) error {
	return dbErr(op, db.readTx(ctx, func(tx pgx.Tx) error { return fn(shared{tx}) }))
}

func scanDoc(s sqlstore.Scanner, d *store.Document) error { return scanDocument(s, d) }
func scanEnt(s sqlstore.Scanner, e *store.Entity) error   { return scanEntity(s, e) }

// Document returns a document with everything extracted from it. See
// store.Store.
func (db *DB) Document(ctx context.Context, id int64) (*store.DocumentPage, error) {
	var p *store.DocumentPage
	err := db.readTx(ctx, func(tx pgx.Tx) error {
		p = &store.DocumentPage{}
		var sents string
		err := scanDocument(tx.QueryRow(ctx, "SELECT "+documentCols+", d.text, d.sentences::text FROM documents d WHERE d.id = $1", id),
			&p.Document, &p.Text, &sents)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.Errorf(store.ENOTFOUND, "document %d not found", id)
		}
		if err != nil {
			return fmt.Errorf("read document: %w", err)
		}
		if err := json.Unmarshal([]byte(sents), &p.Sentences); err != nil {
			return fmt.Errorf("sentences of document %d: %w", id, err)
		}
		q := shared{tx}
		if p.Entities, err = sqlstore.Collect(ctx, q, scanEnt, `SELECT `+entityCols+` FROM entities e
			WHERE e.id IN (SELECT entity_id FROM entity_sources WHERE doc_id = $1) ORDER BY e.id`, id); err != nil {
			return fmt.Errorf("read document entities: %w", err)
		}
		if p.Mentions, err = sqlstore.Mentions(ctx, q, `SELECT m.doc_id, s.entity_id, m.start, m."end", m.text, m.type
			FROM mentions m JOIN entity_sources s ON s.doc_id = m.doc_id AND s.local_id = m.local_id
			WHERE m.doc_id = $1 ORDER BY m.start, m."end" DESC, m.id`, id); err != nil {
			return fmt.Errorf("read document mentions: %w", err)
		}
		if p.Relations, err = sqlstore.Relations(ctx, q, "r.doc_id = $1", id); err != nil {
			return fmt.Errorf("read document relations: %w", err)
		}
		if p.Events, err = sqlstore.Events(ctx, q, dialect, "SELECT id FROM events WHERE doc_id = $1", id); err != nil {
			return fmt.Errorf("read document events: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, dbErr("read document", err)
	}
	return p, nil
}

// neighbourEdges returns, for each entity of the array $1 in order, its
// edges (relations grouped by head, tail and type), the most frequent
// first, at most $2 of them.
const neighbourEdges = `SELECT f.o, x.head, x.tail, x.type, x.n
	FROM unnest($1::bigint[]) WITH ORDINALITY AS f(node, o)
	CROSS JOIN LATERAL (
		SELECT h.entity_id AS head, t.entity_id AS tail, r.type, COUNT(*) AS n
		FROM relations r
		JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head
		JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail
		WHERE r.id IN (
			SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.head = s2.local_id WHERE s2.entity_id = f.node
			UNION
			SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.tail = s2.local_id WHERE s2.entity_id = f.node)
		GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT $2) x
	ORDER BY f.o, x.n DESC, x.head, x.tail, x.type`

// Neighbourhood returns the entities linked to the entity by relations
// and shared events within depth hops. See store.Store.
func (db *DB) Neighbourhood(ctx context.Context, id int64, depth int) (*store.Graph, error) {
	if depth < 1 || depth > 2 {
		return nil, store.Errorf(store.EINVALID, "depth %d: it must be 1 or 2", depth)
	}
	var g *store.Graph
	err := db.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		g, err = neighbourhood(ctx, tx, id, depth)
		return err
	})
	if err != nil {
		return nil, dbErr("read neighbourhood", err)
	}
	return g, nil
}

// neighbourhood walks the graph hop by hop, one query a hop.
func neighbourhood(ctx context.Context, tx pgx.Tx, id int64, depth int) (*store.Graph, error) {
	var root store.EntityRef
	err := tx.QueryRow(ctx, "SELECT id, type, name FROM entities WHERE id = $1", id).Scan(&root.ID, &root.Type, &root.Name)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
	}
	if err != nil {
		return nil, err
	}
	b := sqlstore.NewGraphBuilder(id, depth)
	frontier := []int64{id}
	for hop := 1; hop <= depth && len(frontier) > 0; hop++ {
		rows, err := tx.Query(ctx, neighbourEdges, frontier, store.MaxNodeEdges+1)
		if err != nil {
			return nil, err
		}
		var (
			next  []int64
			node  int64 = -1
			edges int
		)
		for rows.Next() {
			var (
				o int64
				e store.Edge
			)
			if err := rows.Scan(&o, &e.Head, &e.Tail, &e.Type, &e.Count); err != nil {
				rows.Close()
				return nil, err
			}
			if o != node {
				node, edges = o, 0
			}
			if edges++; edges > store.MaxNodeEdges {
				b.G.Truncated = true
				continue
			}
			next = b.AddEdge(hop, e, next)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, n := range frontier {
			evs, more, err := sqlstore.EventEdges(ctx, shared{tx}, dialect, n)
			if err != nil {
				return nil, err
			}
			b.G.Truncated = b.G.Truncated || more
			for _, e := range evs {
				next = b.AddEdge(hop, e, next)
			}
		}
		frontier = next
	}
	refs := map[int64]store.EntityRef{id: root}
	rows, err := tx.Query(ctx, "SELECT id, type, name FROM entities WHERE id = ANY($1)", b.Order[1:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var r store.EntityRef
		if err := rows.Scan(&r.ID, &r.Type, &r.Name); err != nil {
			return nil, err
		}
		refs[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, n := range b.Order {
		b.AddNode(n, refs[n])
	}
	return b.G, nil
}

// Weights of ts_rank for the labels D, C, B, A: documents weigh titles
// (A) 5× texts (B), entities names (A) 4× aliases (B).
const (
	documentWeights = `'{0.1, 0.2, 0.2, 1.0}'`
	entityWeights   = `'{0.1, 0.2, 0.25, 1.0}'`
)

// searchQueries turns query terms into two tsqueries (as text) and the
// terms' stems: each term matches its stem ('russian') or itself ('simple'),
// as a prefix in the first query and whole in the second; every term is
// required. Terms are letters and digits only (store.QueryTerms), so
// quote_literal makes each a single tsquery operand.
const searchQueries = `WITH t AS (SELECT u.t, u.o FROM unnest($1::text[]) WITH ORDINALITY AS u(t, o)),
	q AS (SELECT o,
		to_tsquery('russian', quote_literal(t) || ':*') || to_tsquery('simple', quote_literal(t) || ':*') AS p,
		to_tsquery('russian', quote_literal(t)) || to_tsquery('simple', quote_literal(t)) AS w
		FROM t)
	SELECT COALESCE(string_agg('(' || p::text || ')', ' & ' ORDER BY o) FILTER (WHERE numnode(p) > 0), ''),
		COALESCE(string_agg('(' || w::text || ')', ' & ' ORDER BY o) FILTER (WHERE numnode(w) > 0), ''),
		COALESCE((SELECT array_agg(DISTINCT v.lexeme) FROM t, unnest(to_tsvector('russian', t.t)) AS v), '{}')
	FROM q`

// Search runs a ranked full-text search over documents and entity names.
// See store.Store.
func (db *DB) Search(ctx context.Context, query string, opt store.SearchOptions) (*store.SearchResult, error) {
	terms, limit, err := sqlstore.SearchRequest(query, opt)
	if err != nil {
		return nil, err
	}
	var res *store.SearchResult
	err = db.readTx(ctx, func(tx pgx.Tx) error {
		res = &store.SearchResult{Query: query, Documents: []store.DocumentHit{}, Entities: []store.EntityHit{}}
		var (
			prefix, whole string
			stems         []string
		)
		if err := tx.QueryRow(ctx, searchQueries, terms).Scan(&prefix, &whole, &stems); err != nil {
			return fmt.Errorf("parse query: %w", err)
		}
		if prefix == "" {
			return nil // no term has a word PostgreSQL indexes
		}
		// Stems mark the words that matched by their stem only
		// («Ижевске» for «Ижевск»).
		marks := append(append([]string{}, terms...), stems...)
		// Rank in the index, then read the few documents; snippets are
		// cut in Go, from the top hits only.
		rows, err := tx.Query(ctx, `SELECT `+documentCols+`, substr(d.text, 1, $4), s.score
			FROM (SELECT id, ts_rank(`+documentWeights+`, tsv, $1::tsquery, 1) + ts_rank(`+documentWeights+`, tsv, $2::tsquery, 1) AS score
				FROM documents WHERE tsv @@ $1::tsquery ORDER BY score DESC, id DESC LIMIT $3) s
			JOIN documents d ON d.id = s.id
			ORDER BY s.score DESC, d.id DESC`, prefix, whole, limit, sqlstore.SnippetScan)
		if err != nil {
			return fmt.Errorf("search documents: %w", err)
		}
		for rows.Next() {
			var (
				h     store.DocumentHit
				text  string
				score float32
			)
			if err := scanDocument(rows, &h.Document, &text, &score); err != nil {
				rows.Close()
				return fmt.Errorf("search documents: %w", err)
			}
			h.Score = float64(score)
			h.Snippet = store.Snippet(text, marks, sqlstore.SnippetWords)
			res.Documents = append(res.Documents, h)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("search documents: %w", err)
		}
		rows, err = tx.Query(ctx, `SELECT `+entityCols+`, ts_rank(`+entityWeights+`, e.tsv, $1::tsquery) + ts_rank(`+entityWeights+`, e.tsv, $2::tsquery) AS score
			FROM entities e WHERE e.tsv @@ $1::tsquery
			ORDER BY score DESC, e.doc_count DESC, e.mention_count DESC, e.id LIMIT $3`, prefix, whole, limit)
		if err != nil {
			return fmt.Errorf("search entities: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var (
				h     store.EntityHit
				score float32
			)
			if err := scanEntity(rows, &h.Entity, &score); err != nil {
				return fmt.Errorf("search entities: %w", err)
			}
			h.Score = float64(score)
			res.Entities = append(res.Entities, h)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, dbErr("search", err)
	}
	return res, nil
}
