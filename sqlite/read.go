package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/store"
)

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const documentCols = `d.id, d.hash, d.title, d.url, d.date, d.source, d.lang, d.chars,
	d.n_entities, d.n_mentions, d.n_relations, d.n_events, d.stored_at`

type scanner interface{ Scan(dest ...any) error }

func scanDocument(s scanner, d *store.Document, extra ...any) error {
	var stored string
	dest := append([]any{&d.ID, &d.Hash, &d.Title, &d.URL, &d.Date, &d.Source, &d.Lang, &d.Chars,
		&d.Counts.Entities, &d.Counts.Mentions, &d.Counts.Relations, &d.Counts.Events, &stored}, extra...)
	if err := s.Scan(dest...); err != nil {
		return err
	}
	d.Stored = parseTime(stored)
	return nil
}

const entityCols = `e.id, e.type, e.name, COALESCE(e.key, ''), e.aliases, e.doc_count, e.mention_count`

func scanEntity(s scanner, e *store.Entity, extra ...any) error {
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

// Documents lists documents, newest first. See store.Store.
func (db *DB) Documents(ctx context.Context, opt store.ListOptions) (*store.DocumentList, error) {
	limit, err := limitOf(opt.Limit)
	if err != nil {
		return nil, err
	}
	if opt.Offset < 0 {
		return nil, store.Errorf(store.EINVALID, "offset %d is negative", opt.Offset)
	}
	tx, err := db.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := &store.DocumentList{Documents: []store.Document{}}
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM documents").Scan(&out.Total); err != nil {
		return nil, store.Internal("count documents", err)
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+documentCols+" FROM documents d ORDER BY d.id DESC LIMIT ? OFFSET ?", limit, opt.Offset)
	if err != nil {
		return nil, store.Internal("list documents", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d store.Document
		if err := scanDocument(rows, &d); err != nil {
			return nil, store.Internal("list documents", err)
		}
		out.Documents = append(out.Documents, d)
	}
	return out, store.Internal("list documents", rows.Err())
}

func limitOf(n int) (int, error) {
	switch {
	case n < 0:
		return 0, store.Errorf(store.EINVALID, "limit %d is negative", n)
	case n == 0:
		return store.DefaultLimit, nil
	case n > store.MaxLimit:
		return store.MaxLimit, nil
	}
	return n, nil
}

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
	if p.Entities, err = entities(ctx, tx, `SELECT DISTINCT `+entityCols+` FROM entity_sources s
		JOIN entities e ON e.id = s.entity_id WHERE s.doc_id = ? ORDER BY e.id`, id); err != nil {
		return nil, store.Internal("read document entities", err)
	}
	if p.Mentions, err = mentions(ctx, tx, `SELECT m.doc_id, s.entity_id, m.start, m."end", m.text, m.type
		FROM mentions m JOIN entity_sources s ON s.doc_id = m.doc_id AND s.local_id = m.local_id
		WHERE m.doc_id = ? ORDER BY m.start, m."end" DESC, m.id`, id); err != nil {
		return nil, store.Internal("read document mentions", err)
	}
	if p.Relations, err = relations(ctx, tx, "r.doc_id = ?", id); err != nil {
		return nil, store.Internal("read document relations", err)
	}
	if p.Events, err = events(ctx, tx, "SELECT id FROM events WHERE doc_id = ?", id); err != nil {
		return nil, store.Internal("read document events", err)
	}
	return &p, nil
}

func entities(ctx context.Context, q querier, query string, args ...any) ([]store.Entity, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Entity{}
	for rows.Next() {
		var e store.Entity
		if err := scanEntity(rows, &e); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func mentions(ctx context.Context, q querier, query string, args ...any) ([]store.Mention, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Mention{}
	for rows.Next() {
		var m store.Mention
		if err := rows.Scan(&m.DocID, &m.EntityID, &m.Start, &m.End, &m.Text, &m.Type); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// relations returns the relations matching where (on relations r), with
// their head and tail entities, ordered by document (newest first) and ID.
func relations(ctx context.Context, q querier, where string, args ...any) ([]store.Relation, error) {
	rows, err := q.QueryContext(ctx, `SELECT r.id, r.doc_id, r.type, he.id, he.type, he.name, te.id, te.type, te.name,
		r.ev_start, r.ev_end, r.ev_text
		FROM relations r
		JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head
		JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail
		JOIN entities he ON he.id = h.entity_id
		JOIN entities te ON te.id = t.entity_id
		WHERE `+where+` ORDER BY r.doc_id DESC, r.id LIMIT `+fmt.Sprint(store.MaxPageFacts), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Relation{}
	for rows.Next() {
		var r store.Relation
		if err := rows.Scan(&r.ID, &r.DocID, &r.Type, &r.Head.ID, &r.Head.Type, &r.Head.Name,
			&r.Tail.ID, &r.Tail.Type, &r.Tail.Name, &r.Evidence.Start, &r.Evidence.End, &r.EvidenceText); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// events returns the events whose IDs the subquery selects, with their
// places and participants.
func events(ctx context.Context, q querier, idsQuery string, args ...any) ([]store.Event, error) {
	rows, err := q.QueryContext(ctx, `SELECT v.id, v.doc_id, v.local_id, v.type, v.trigger_start, v.trigger_end, v.trigger_text,
		v.date, v.place_text, pe.id, pe.type, pe.name
		FROM events v
		LEFT JOIN entity_sources ps ON ps.doc_id = v.doc_id AND ps.local_id = v.place_local
		LEFT JOIN entities pe ON pe.id = ps.entity_id
		WHERE v.id IN (`+idsQuery+`) ORDER BY v.doc_id DESC, v.id LIMIT `+fmt.Sprint(store.MaxPageFacts), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Event{}
	index := map[int64]int{}
	for rows.Next() {
		var (
			v      store.Event
			pid    sql.NullInt64
			pt, pn sql.NullString
		)
		if err := rows.Scan(&v.ID, &v.DocID, &v.LocalID, &v.Type, &v.Trigger.Start, &v.Trigger.End, &v.Trigger.Text,
			&v.Date, &v.PlaceText, &pid, &pt, &pn); err != nil {
			return nil, err
		}
		if pid.Valid {
			v.Place = &store.EntityRef{ID: pid.Int64, Type: pt.String, Name: pn.String}
		}
		index[v.ID] = len(out)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	rows, err = q.QueryContext(ctx, `SELECT p.event_id, e.id, e.type, e.name
		FROM event_participants p
		JOIN entity_sources s ON s.doc_id = p.doc_id AND s.local_id = p.local_id
		JOIN entities e ON e.id = s.entity_id
		WHERE p.event_id IN (`+idsQuery+`) ORDER BY p.event_id, p.rowid`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			ev int64
			r  store.EntityRef
		)
		if err := rows.Scan(&ev, &r.ID, &r.Type, &r.Name); err != nil {
			return nil, err
		}
		if i, ok := index[ev]; ok {
			out[i].Participants = append(out[i].Participants, r)
		}
	}
	return out, rows.Err()
}

// entityRelationsWhere selects the relations of the entity ?1 (head or
// tail).
const entityRelationsWhere = `r.id IN (
	SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.head = s2.local_id WHERE s2.entity_id = ?1
	UNION
	SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.tail = s2.local_id WHERE s2.entity_id = ?1)`

// entityEventsQuery selects the IDs of the events of the entity ?1
// (participant or place).
const entityEventsQuery = `SELECT p.event_id FROM entity_sources s2
		JOIN event_participants p ON p.doc_id = s2.doc_id AND p.local_id = s2.local_id WHERE s2.entity_id = ?1
	UNION
	SELECT v2.id FROM entity_sources s2
		JOIN events v2 ON v2.doc_id = s2.doc_id AND v2.place_local = s2.local_id WHERE s2.entity_id = ?1`

// Entity returns an entity with its sources, mentions, relations and
// events. See store.Store.
func (db *DB) Entity(ctx context.Context, id int64) (*store.EntityPage, error) {
	tx, err := db.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var p store.EntityPage
	err = scanEntity(tx.QueryRowContext(ctx, "SELECT "+entityCols+" FROM entities e WHERE e.id = ?", id), &p.Entity)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
	}
	if err != nil {
		return nil, store.Internal("read entity", err)
	}
	if p.Sources, err = sources(ctx, tx, id); err != nil {
		return nil, store.Internal("read entity sources", err)
	}
	if p.Mentions, err = mentions(ctx, tx, `SELECT m.doc_id, s.entity_id, m.start, m."end", m.text, m.type
		FROM entity_sources s JOIN mentions m ON m.doc_id = s.doc_id AND m.local_id = s.local_id
		WHERE s.entity_id = ? ORDER BY m.doc_id DESC, m.start, m.id LIMIT ?`, id, store.MaxPageMentions); err != nil {
		return nil, store.Internal("read entity mentions", err)
	}
	if p.Relations, err = relations(ctx, tx, entityRelationsWhere, id); err != nil {
		return nil, store.Internal("read entity relations", err)
	}
	if p.Events, err = events(ctx, tx, entityEventsQuery, id); err != nil {
		return nil, store.Internal("read entity events", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+documentCols+` FROM documents d
		WHERE d.id IN (SELECT doc_id FROM entity_sources WHERE entity_id = ?) ORDER BY d.id DESC LIMIT ?`, id, store.MaxPageDocuments)
	if err != nil {
		return nil, store.Internal("read entity documents", err)
	}
	defer rows.Close()
	p.Documents = []store.Document{}
	for rows.Next() {
		var d store.Document
		if err := scanDocument(rows, &d); err != nil {
			return nil, store.Internal("read entity documents", err)
		}
		p.Documents = append(p.Documents, d)
	}
	return &p, store.Internal("read entity documents", rows.Err())
}

func sources(ctx context.Context, q querier, id int64) ([]store.Source, error) {
	rows, err := q.QueryContext(ctx, `SELECT doc_id, local_id, name, key, reason FROM entity_sources
		WHERE entity_id = ? ORDER BY doc_id, local_id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Source{}
	for rows.Next() {
		var s store.Source
		if err := rows.Scan(&s.DocID, &s.LocalID, &s.Name, &s.Key, &s.Reason); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Neighbourhood returns the entities linked to the entity by relations
// within depth hops. See store.Store.
func (db *DB) Neighbourhood(ctx context.Context, id int64, depth int) (*store.Graph, error) {
	if depth < 1 || depth > 2 {
		return nil, store.Errorf(store.EINVALID, "depth %d: it must be 1 or 2", depth)
	}
	tx, err := db.readTx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	g := &store.Graph{Root: id, Depth: depth, Nodes: []store.GraphNode{}, Edges: []store.Edge{}}
	hops := map[int64]int{id: 0}
	order := []int64{id}
	type edgeKey struct {
		head, tail int64
		typ        string
	}
	seen := map[edgeKey]bool{}
	frontier := []int64{id}
	for hop := 1; hop <= depth && len(frontier) > 0; hop++ {
		var next []int64
		for _, n := range frontier {
			rows, err := tx.QueryContext(ctx, `SELECT h.entity_id, t.entity_id, r.type, COUNT(*)
				FROM relations r
				JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head
				JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail
				WHERE `+entityRelationsWhere+` GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT ?2`, n, store.MaxNodeEdges+1)
			if err != nil {
				return nil, store.Internal("read neighbourhood", err)
			}
			edges := 0
			for rows.Next() {
				if edges++; edges > store.MaxNodeEdges {
					g.Truncated = true
					break
				}
				var e store.Edge
				if err := rows.Scan(&e.Head, &e.Tail, &e.Type, &e.Count); err != nil {
					rows.Close()
					return nil, store.Internal("read neighbourhood", err)
				}
				ok := true
				for _, m := range []int64{e.Head, e.Tail} {
					if _, in := hops[m]; in {
						continue
					}
					if len(order) >= store.MaxGraphNodes {
						g.Truncated, ok = true, false
						continue
					}
					hops[m] = hop
					order = append(order, m)
					next = append(next, m)
				}
				k := edgeKey{e.Head, e.Tail, e.Type}
				if ok && !seen[k] {
					seen[k] = true
					g.Edges = append(g.Edges, e)
				}
			}
			err = rows.Err()
			rows.Close()
			if err != nil {
				return nil, store.Internal("read neighbourhood", err)
			}
		}
		frontier = next
	}
	for _, n := range order {
		var r store.EntityRef
		err := tx.QueryRowContext(ctx, "SELECT id, type, name FROM entities WHERE id = ?", n).Scan(&r.ID, &r.Type, &r.Name)
		if errors.Is(err, sql.ErrNoRows) && n == id {
			return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
		}
		if err != nil {
			return nil, store.Internal("read neighbourhood", err)
		}
		g.Nodes = append(g.Nodes, store.GraphNode{EntityRef: r, Hops: hops[n]})
	}
	return g, nil
}

// Search runs a ranked full-text search over documents and entity names.
// See store.Store.
func (db *DB) Search(ctx context.Context, query string, opt store.SearchOptions) (*store.SearchResult, error) {
	if len(query) > store.MaxQueryBytes {
		return nil, store.Errorf(store.EINVALID, "the query is too long: %d bytes, limit %d", len(query), store.MaxQueryBytes)
	}
	if !utf8ValidNoNUL(query) {
		return nil, store.Errorf(store.EINVALID, "the query is not valid UTF-8 text")
	}
	terms := store.QueryTerms(query)
	if len(terms) == 0 {
		return nil, store.Errorf(store.EINVALID, "the query has no words to search for")
	}
	if len(terms) > 32 {
		terms = terms[:32]
	}
	limit, err := limitOf(opt.Limit)
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
		ORDER BY s.score, d.id DESC`, snippetScan, match, limit)
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
		h.Snippet = store.Snippet(text, terms, snippetWords)
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

// Snippets show snippetWords words from the first snippetScan code points
// of a document.
const (
	snippetWords = 30
	snippetScan  = 100_000
)

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

func utf8ValidNoNUL(s string) bool {
	return utf8.ValidString(s) && strings.IndexByte(s, 0) < 0
}
