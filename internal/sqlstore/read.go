package sqlstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/factgraph/factgraph/store"
)

// DocumentCols are the columns of documents d that the backends'
// scanDocument reads, in order.
const DocumentCols = `d.id, d.hash, d.title, d.url, d.date, d.source, d.lang, d.chars,
	d.n_entities, d.n_mentions, d.n_relations, d.n_events, d.stored_at`

// EntityCols are the columns of entities e that the backends' scanEntity
// reads, in order.
const EntityCols = `e.id, e.type, e.name, COALESCE(e.key, ''), e.aliases, e.doc_count, e.mention_count`

// Collect runs a query and scans every row into a T; it returns an empty,
// non-nil slice when there is none.
func Collect[T any](ctx context.Context, q Querier, scan func(Scanner, *T) error, query string, args ...any) ([]T, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		var v T
		if err := scan(rows, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// ScanMention scans the columns doc_id, entity_id, start, end, text, type.
func ScanMention(s Scanner, m *store.Mention) error {
	return s.Scan(&m.DocID, &m.EntityID, &m.Start, &m.End, &m.Text, &m.Type)
}

// Mentions runs a query of the columns ScanMention reads.
func Mentions(ctx context.Context, q Querier, query string, args ...any) ([]store.Mention, error) {
	return Collect(ctx, q, ScanMention, query, args...)
}

// Relations returns the relations matching where (on relations r), with
// their head and tail entities, ordered by document (newest first) and ID.
func Relations(ctx context.Context, q Querier, where string, args ...any) ([]store.Relation, error) {
	return Collect(ctx, q, func(s Scanner, r *store.Relation) error {
		return s.Scan(&r.ID, &r.DocID, &r.Type, &r.Head.ID, &r.Head.Type, &r.Head.Name,
			&r.Tail.ID, &r.Tail.Type, &r.Tail.Name, &r.Evidence.Start, &r.Evidence.End, &r.EvidenceText)
	}, `SELECT r.id, r.doc_id, r.type, he.id, he.type, he.name, te.id, te.type, te.name,
		r.ev_start, r.ev_end, r.ev_text
		FROM relations r
		JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head
		JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail
		JOIN entities he ON he.id = h.entity_id
		JOIN entities te ON te.id = t.entity_id
		WHERE `+where+` ORDER BY r.doc_id DESC, r.id LIMIT `+fmt.Sprint(store.MaxPageFacts), args...)
}

// Sources returns the sources of an entity in document and local ID order.
func Sources(ctx context.Context, q Querier, d Dialect, id int64) ([]store.Source, error) {
	return Collect(ctx, q, func(sc Scanner, s *store.Source) error {
		return sc.Scan(&s.DocID, &s.LocalID, &s.Name, &s.Key, &s.Reason)
	}, d.SQL(`SELECT doc_id, local_id, name, key, reason FROM entity_sources
		WHERE entity_id = $1 ORDER BY doc_id, local_id`), id)
}

// Events returns the events whose IDs the subquery selects, with their
// places and participants (d.Participants).
func Events(ctx context.Context, q Querier, d Dialect, idsQuery string, args ...any) ([]store.Event, error) {
	rows, err := q.Query(ctx, `SELECT v.id, v.doc_id, v.local_id, v.type, v.trigger_start, v.trigger_end, v.trigger_text,
		v.date, v.place_text, pe.id, pe.type, pe.name
		FROM events v
		LEFT JOIN entity_sources ps ON ps.doc_id = v.doc_id AND ps.local_id = v.place_local
		LEFT JOIN entities pe ON pe.id = ps.entity_id
		WHERE v.id IN (`+idsQuery+`) ORDER BY v.doc_id DESC, v.id LIMIT `+fmt.Sprint(store.MaxPageFacts), args...)
	if err != nil {
		return nil, err
	}
	out := []store.Event{}
	index := map[int64]int{}
	for rows.Next() {
		var (
			v      store.Event
			pid    *int64
			pt, pn *string
		)
		if err := rows.Scan(&v.ID, &v.DocID, &v.LocalID, &v.Type, &v.Trigger.Start, &v.Trigger.End, &v.Trigger.Text,
			&v.Date, &v.PlaceText, &pid, &pt, &pn); err != nil {
			rows.Close()
			return nil, err
		}
		if pid != nil {
			v.Place = &store.EntityRef{ID: *pid, Type: deref(pt), Name: deref(pn)}
		}
		index[v.ID] = len(out)
		out = append(out, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	ids := make([]int64, len(out))
	for i, v := range out {
		ids[i] = v.ID
	}
	pq, pargs := d.Participants(idsQuery, args, ids)
	rows, err = q.Query(ctx, pq, pargs...)
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

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// EntityRelationsWhere selects the relations of the entity $1 (head or
// tail).
const EntityRelationsWhere = `r.id IN (
	SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.head = s2.local_id WHERE s2.entity_id = $1
	UNION
	SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.tail = s2.local_id WHERE s2.entity_id = $1)`

// EntityEventsQuery selects the IDs of the events of the entity $1
// (participant or place).
const EntityEventsQuery = `SELECT p.event_id FROM entity_sources s2
		JOIN event_participants p ON p.doc_id = s2.doc_id AND p.local_id = s2.local_id WHERE s2.entity_id = $1
	UNION
	SELECT v2.id FROM entity_sources s2
		JOIN events v2 ON v2.doc_id = s2.doc_id AND v2.place_local = s2.local_id WHERE s2.entity_id = $1`

// EntityPage reads an entity with its sources, mentions, relations, events
// and documents, in one transaction q. scanEntity and scanDocument scan
// EntityCols and DocumentCols. An unknown entity is ENOTFOUND; any other
// failure is an *OpError naming the step ("read entity", "read entity
// sources", …, "read entity documents").
func EntityPage(ctx context.Context, q Querier, d Dialect, id int64,
	scanEntity func(Scanner, *store.Entity) error, scanDocument func(Scanner, *store.Document) error) (*store.EntityPage, error) {
	p := &store.EntityPage{}
	err := scanEntity(q.QueryRow(ctx, d.SQL("SELECT "+EntityCols+" FROM entities e WHERE e.id = $1"), id), &p.Entity)
	if d.noRows(err) {
		return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
	}
	if err != nil {
		return nil, opErr("read entity", err)
	}
	if p.Sources, err = Sources(ctx, q, d, id); err != nil {
		return nil, opErr("read entity sources", err)
	}
	if p.Mentions, err = Mentions(ctx, q, d.SQL(`SELECT m.doc_id, s.entity_id, m.start, m."end", m.text, m.type
		FROM entity_sources s JOIN mentions m ON m.doc_id = s.doc_id AND m.local_id = s.local_id
		WHERE s.entity_id = $1 ORDER BY m.doc_id DESC, m.start, m.id LIMIT $2`), id, store.MaxPageMentions); err != nil {
		return nil, opErr("read entity mentions", err)
	}
	if p.Relations, err = Relations(ctx, q, d.SQL(EntityRelationsWhere), id); err != nil {
		return nil, opErr("read entity relations", err)
	}
	if p.Events, err = Events(ctx, q, d, d.SQL(EntityEventsQuery), id); err != nil {
		return nil, opErr("read entity events", err)
	}
	if p.Documents, err = Collect(ctx, q, scanDocument, d.SQL(`SELECT `+DocumentCols+` FROM documents d
		WHERE d.id IN (SELECT doc_id FROM entity_sources WHERE entity_id = $1) ORDER BY d.id DESC LIMIT $2`),
		id, store.MaxPageDocuments); err != nil {
		return nil, opErr("read entity documents", err)
	}
	return p, nil
}

// AsInternal turns an error of EntityPage (or another shared operation)
// into a store error as sqlite reports it: an application error unchanged,
// an *OpError as EINTERNAL naming its step, anything else as EINTERNAL
// naming op.
func AsInternal(op string, err error) error {
	var oe *OpError
	var se *store.Error
	if !errors.As(err, &se) && errors.As(err, &oe) {
		return store.Internal(oe.Op, oe.Err)
	}
	return store.Internal(op, err)
}
