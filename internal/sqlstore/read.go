package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"

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
// their head and tail entities, ordered by document (newest first) and ID,
// at most store.MaxPageFacts of them.
func Relations(ctx context.Context, q Querier, where string, args ...any) ([]store.Relation, error) {
	return relationsPage(ctx, q, where, store.MaxPageFacts, 0, args...)
}

// relationsPage returns a page of the relations matching where. The
// evidence text is cut from the document's text.
func relationsPage(ctx context.Context, q Querier, where string, limit, offset int, args ...any) ([]store.Relation, error) {
	return Collect(ctx, q, func(s Scanner, r *store.Relation) error {
		return s.Scan(&r.ID, &r.DocID, &r.Type, &r.Head.ID, &r.Head.Type, &r.Head.Name,
			&r.Tail.ID, &r.Tail.Type, &r.Tail.Name, &r.Evidence.Start, &r.Evidence.End, &r.EvidenceText)
	}, `SELECT r.id, r.doc_id, r.type, he.id, he.type, he.name, te.id, te.type, te.name,
		r.ev_start, r.ev_end, substr(rd.text, r.ev_start + 1, r.ev_end - r.ev_start)
		FROM relations r
		JOIN documents rd ON rd.id = r.doc_id
		JOIN entity_sources h ON h.doc_id = r.doc_id AND h.local_id = r.head
		JOIN entity_sources t ON t.doc_id = r.doc_id AND t.local_id = r.tail
		JOIN entities he ON he.id = h.entity_id
		JOIN entities te ON te.id = t.entity_id
		WHERE `+where+` ORDER BY r.doc_id DESC, r.id`+limitOffset(limit, offset), args...)
}

// limitOffset is the LIMIT and OFFSET clause of a page; both are checked
// integers, so they are written into the query.
func limitOffset(limit, offset int) string {
	s := fmt.Sprintf(" LIMIT %d", limit)
	if offset > 0 {
		s += fmt.Sprintf(" OFFSET %d", offset)
	}
	return s
}

// Sources returns the sources of an entity in document and local ID order.
func Sources(ctx context.Context, q Querier, d Dialect, id int64) ([]store.Source, error) {
	return sourcesPage(ctx, q, d, id, "")
}

// sourcesPage returns the sources of an entity in document and local ID
// order, their reasons decoded (see DecodeReason); page is a LIMIT clause
// or "".
func sourcesPage(ctx context.Context, q Querier, d Dialect, id int64, page string) ([]store.Source, error) {
	return Collect(ctx, q, func(sc Scanner, s *store.Source) error {
		var typ string
		if err := sc.Scan(&s.DocID, &s.LocalID, &s.Name, &s.Key, &s.Reason, &typ); err != nil {
			return err
		}
		s.Reason = DecodeReason(s.Reason, typ, s.Key)
		return nil
	}, d.SQL(`SELECT doc_id, local_id, name, key, reason, type FROM entity_sources
		WHERE entity_id = $1 ORDER BY doc_id, local_id`+page), id)
}

// Events returns the events whose IDs the subquery selects, with their
// places and participants, newest document first, at most
// store.MaxPageFacts of them.
func Events(ctx context.Context, q Querier, d Dialect, idsQuery string, args ...any) ([]store.Event, error) {
	return eventsPage(ctx, q, d, "v.id IN ("+idsQuery+")", "v.doc_id DESC, v.id", store.MaxPageFacts, 0, args...)
}

// eventsPage returns a page of the events matching where (on events v) in
// the order given, with their places and participants.
func eventsPage(ctx context.Context, q Querier, d Dialect, where, order string, limit, offset int, args ...any) ([]store.Event, error) {
	rows, err := q.Query(ctx, `SELECT v.id, v.doc_id, v.local_id, v.type, v.trigger_start, v.trigger_end, v.trigger_text,
		v.date, v.place_text, pe.id, pe.type, pe.name
		FROM events v
		LEFT JOIN entity_sources ps ON ps.doc_id = v.doc_id AND ps.local_id = v.place_local
		LEFT JOIN entities pe ON pe.id = ps.entity_id
		WHERE `+where+` ORDER BY `+order+limitOffset(limit, offset), args...)
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
	rows, err = q.Query(ctx, `SELECT p.event_id, e.id, e.type, e.name
		FROM event_participants p
		JOIN entity_sources s ON s.doc_id = p.doc_id AND s.local_id = p.local_id
		JOIN entities e ON e.id = s.entity_id
		WHERE p.event_id IN (`+idList(ids)+`) ORDER BY p.event_id, p.`+d.ParticipantOrder)
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

// idList writes IDs as a list for IN (…): integers, safe in a query.
func idList(ids []int64) string {
	b := make([]byte, 0, 8*len(ids))
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(b)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// EntityRelationsWhere selects the relations of the entity $1 (head or
// tail).
const EntityRelationsWhere = `r.id IN (` + entityRelationIDs + `)`

const entityRelationIDs = `SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.head = s2.local_id WHERE s2.entity_id = $1
	UNION
	SELECT r2.id FROM entity_sources s2 JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.tail = s2.local_id WHERE s2.entity_id = $1`

// entityRelationsPage selects a page of the relations of entity $1,
// newest document first. The entity's sources are read in document order,
// as heads and as tails, merged until the page is full, so a hub's page
// does not read all its relations. A relation whose head and tail are
// both the entity's counts twice in the paging (and is listed once).
const entityRelationsPage = `r.id IN (SELECT k.id FROM (
	SELECT s2.doc_id AS d, r2.id AS id FROM entity_sources s2
		JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.head = s2.local_id WHERE s2.entity_id = $1
	UNION ALL
	SELECT s2.doc_id, r2.id FROM entity_sources s2
		JOIN relations r2 ON r2.doc_id = s2.doc_id AND r2.tail = s2.local_id WHERE s2.entity_id = $1
	ORDER BY 1 DESC, 2%s) k)`

// entityEventsPage selects a page of the events of entity $1 (place or
// participant), newest document first: both kinds are read in document
// order and merged until the page is full.
const entityEventsPage = `v.id IN (SELECT k.id FROM (
	SELECT s2.doc_id AS d, v2.id AS id FROM entity_sources s2
		JOIN events v2 ON v2.doc_id = s2.doc_id AND v2.place_local = s2.local_id WHERE s2.entity_id = $1
	UNION ALL
	SELECT s2.doc_id, p.event_id FROM entity_sources s2
		JOIN event_participants p ON p.doc_id = s2.doc_id AND p.local_id = s2.local_id WHERE s2.entity_id = $1
	ORDER BY 1 DESC, 2%s) k)`

// EntityEventsQuery selects the IDs of the events of the entity $1
// (participant or place).
const EntityEventsQuery = `SELECT p.event_id FROM entity_sources s2
		JOIN event_participants p ON p.doc_id = s2.doc_id AND p.local_id = s2.local_id WHERE s2.entity_id = $1
	UNION
	SELECT v2.id FROM entity_sources s2
		JOIN events v2 ON v2.doc_id = s2.doc_id AND v2.place_local = s2.local_id WHERE s2.entity_id = $1`

// EntityPage reads an entity with the first page of its sources, mentions
// in context, relations, events and documents, and their totals, in one
// transaction q. scanEntity and scanDocument scan EntityCols and
// DocumentCols. An unknown entity is ENOTFOUND; any other failure is an
// *OpError naming the step ("read entity", "read entity sources", …,
// "read entity documents").
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
	p.Totals.Mentions, p.Totals.Documents = p.MentionCount, p.DocCount
	if err := q.QueryRow(ctx, d.SQL("SELECT relation_count, event_count FROM entities WHERE id = $1"), id).Scan(
		&p.Totals.Relations, &p.Totals.Events); err != nil {
		return nil, opErr("read entity counts", err)
	}
	if p.Sources, err = sourcesPage(ctx, q, d, id, limitOffset(store.MaxPageSources, 0)); err != nil {
		return nil, opErr("read entity sources", err)
	}
	if p.Totals.Sources = len(p.Sources); p.Totals.Sources >= store.MaxPageSources {
		if err := q.QueryRow(ctx, d.SQL(`SELECT COUNT(*) FROM entity_sources WHERE entity_id = $1`), id).Scan(&p.Totals.Sources); err != nil {
			return nil, opErr("count entity sources", err)
		}
	}
	if p.Mentions, err = mentionsInContext(ctx, q, d, id, store.MaxPageMentions, 0); err != nil {
		return nil, opErr("read entity mentions", err)
	}
	page := limitOffset(store.MaxEntityFacts, 0)
	if p.Relations, err = relationsPage(ctx, q, d.SQL(fmt.Sprintf(entityRelationsPage, page)), store.MaxEntityFacts, 0, id); err != nil {
		return nil, opErr("read entity relations", err)
	}

	if p.Events, err = eventsPage(ctx, q, d, d.SQL(fmt.Sprintf(entityEventsPage, page)), "v.doc_id DESC, v.id", store.MaxEntityFacts, 0, id); err != nil {
		return nil, opErr("read entity events", err)
	}

	if p.Documents, err = Collect(ctx, q, scanDocument, d.SQL(`SELECT `+DocumentCols+` FROM documents d
		WHERE d.id IN (SELECT doc_id FROM entity_sources WHERE entity_id = $1) ORDER BY d.id DESC`+limitOffset(store.MaxPageDocuments, 0)),
		id); err != nil {
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
