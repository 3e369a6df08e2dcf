package sqlstore

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/store"
)

// Lists across the store: the queries of Store.Entities, Relations, Events,
// Mentions, Sources and Documents of an entity, shared by the backends.

// args collects the arguments of a query built piece by piece and names
// their placeholders ($1, $2, …).
type args []any

// add appends v and returns its placeholder.
func (a *args) add(v any) string {
	*a = append(*a, v)
	return fmt.Sprintf("$%d", len(*a))
}

// isoDateRE is an ISO 8601 date with the precision of a year, a month or
// a day.
var isoDateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// checkType refuses a type filter that no type can equal.
func checkType(t string) error {
	if len(t) > store.MaxTypeBytes || !utf8.ValidString(t) || strings.IndexByte(t, 0) >= 0 {
		return store.Errorf(store.EINVALID, "type %.70q is not a type name", t)
	}
	return nil
}

// ListEntities lists entities for Store.Entities. scanEntity scans
// EntityCols.
func ListEntities(ctx context.Context, q Querier, d Dialect, f store.EntityFilter, scanEntity func(Scanner, *store.Entity) error) (*store.EntityList, error) {
	limit, err := ListRequest(f.ListOptions)
	if err != nil {
		return nil, err
	}
	if err := checkType(f.Type); err != nil {
		return nil, err
	}
	var order string
	switch f.Order {
	case "", store.OrderMentions:
		order = "e.mention_count DESC, e.doc_count DESC, e.id"
	case store.OrderDocuments:
		order = "e.doc_count DESC, e.mention_count DESC, e.id"
	default:
		return nil, store.Errorf(store.EINVALID, "order %.40q: it must be %q or %q", f.Order, store.OrderMentions, store.OrderDocuments)
	}
	where, a := "", args{}
	if f.Type != "" {
		where = " WHERE e.type = " + a.add(f.Type)
	}
	out := &store.EntityList{}
	if err := q.QueryRow(ctx, d.SQL("SELECT COUNT(*) FROM entities e"+where), a...).Scan(&out.Total); err != nil {
		return nil, opErr("count entities", err)
	}
	if out.Entities, err = Collect(ctx, q, scanEntity, d.SQL("SELECT "+EntityCols+" FROM entities e"+where+
		" ORDER BY "+order+limitOffset(limit, f.Offset)), a...); err != nil {
		return nil, opErr("list entities", err)
	}
	return out, nil
}

// factWhere checks a FactFilter and returns the condition it puts on the
// relations r (events false) or events v (events true), with its
// arguments, and the page's limit.
func factWhere(d Dialect, f store.FactFilter, events bool) (where string, a args, limit int, err error) {
	if limit, err = ListRequest(f.ListOptions); err != nil {
		return "", nil, 0, err
	}
	if err := checkType(f.Type); err != nil {
		return "", nil, 0, err
	}
	if f.Entity < 0 || f.Doc < 0 {
		return "", nil, 0, store.Errorf(store.EINVALID, "entity and document IDs must be positive")
	}
	for _, b := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if b.v != "" && !isoDateRE.MatchString(b.v) {
			return "", nil, 0, store.Errorf(store.EINVALID, "%s %.40q is not an ISO 8601 date (2024, 2024-10 or 2024-10-12)", b.name, b.v)
		}
	}
	t := "r"
	if events {
		t = "v"
	}
	conds := []string{"1 = 1"}
	if f.Entity != 0 {
		ids := entityRelationIDs
		if events {
			ids = EntityEventsQuery
		}
		conds = append(conds, t+".id IN ("+strings.ReplaceAll(ids, "$1", a.add(f.Entity))+")")
	}
	if f.Doc != 0 {
		conds = append(conds, t+".doc_id = "+a.add(f.Doc))
	}
	if f.Type != "" {
		conds = append(conds, t+".type = "+a.add(f.Type))
	}
	if events && (f.From != "" || f.To != "") {
		// An ISO date of a year, a month or a day; dates compare on
		// their common prefix.
		conds = append(conds, "length(v.date) IN (4, 7, 10) AND substr(v.date, 1, 1) BETWEEN '0' AND '9'")
		if f.From != "" {
			p := "CAST(" + a.add(f.From) + " AS TEXT)"
			conds = append(conds, "substr(v.date, 1, length("+p+")) >= substr("+p+", 1, length(v.date))")
		}
		if f.To != "" {
			p := "CAST(" + a.add(f.To) + " AS TEXT)"
			conds = append(conds, "substr(v.date, 1, length("+p+")) <= substr("+p+", 1, length(v.date))")
		}
	}
	return d.SQL(strings.Join(conds, " AND ")), a, limit, nil
}

// factsExist returns ENOTFOUND when the entity or the document a filter
// names is not stored.
func factsExist(ctx context.Context, q Querier, d Dialect, f store.FactFilter) error {
	if f.Entity != 0 {
		if err := entityExists(ctx, q, d, f.Entity); err != nil {
			return err
		}
	}
	if f.Doc != 0 {
		var n int
		if err := q.QueryRow(ctx, d.SQL("SELECT COUNT(*) FROM documents WHERE id = $1"), f.Doc).Scan(&n); err != nil {
			return opErr("read document", err)
		}
		if n == 0 {
			return store.Errorf(store.ENOTFOUND, "document %d not found", f.Doc)
		}
	}
	return nil
}

// ListRelations lists relations for Store.Relations.
func ListRelations(ctx context.Context, q Querier, d Dialect, f store.FactFilter) (*store.RelationList, error) {
	where, a, limit, err := factWhere(d, f, false)
	if err != nil {
		return nil, err
	}
	if err := factsExist(ctx, q, d, f); err != nil {
		return nil, err
	}
	out := &store.RelationList{}
	offset := f.Offset
	if f.Entity != 0 && f.Doc == 0 && f.Type == "" {
		// The entity's count, and a page cut from the keys of its
		// relations.
		if err := q.QueryRow(ctx, d.SQL("SELECT relation_count FROM entities WHERE id = $1"), f.Entity).Scan(&out.Total); err != nil {
			return nil, opErr("count relations", err)
		}
		where = d.SQL(fmt.Sprintf(entityRelationsPage, limitOffset(limit, f.Offset)))
		a, offset = args{f.Entity}, 0
	} else if err := q.QueryRow(ctx, "SELECT COUNT(*) FROM relations r WHERE "+where, a...).Scan(&out.Total); err != nil {
		return nil, opErr("count relations", err)
	}
	if out.Relations, err = relationsPage(ctx, q, where, limit, offset, a...); err != nil {
		return nil, opErr("list relations", err)
	}
	return out, nil
}

// TimelineOrder is the order of Store.Events: by date, undated last, then
// by document and ID.
const TimelineOrder = "(v.date = ''), v.date, v.doc_id, v.id"

// ListEvents lists events for Store.Events. scanDocument scans
// DocumentCols.
func ListEvents(ctx context.Context, q Querier, d Dialect, f store.FactFilter, scanDocument func(Scanner, *store.Document) error) (*store.EventList, error) {
	where, a, limit, err := factWhere(d, f, true)
	if err != nil {
		return nil, err
	}
	if err := factsExist(ctx, q, d, f); err != nil {
		return nil, err
	}
	out := &store.EventList{Documents: []store.Document{}}
	total, targs := "SELECT COUNT(*) FROM events v WHERE "+where, a
	if f.Entity != 0 && f.Doc == 0 && f.Type == "" && f.From == "" && f.To == "" {
		total, targs = d.SQL("SELECT event_count FROM entities WHERE id = $1"), args{f.Entity}
	}
	if err := q.QueryRow(ctx, total, targs...).Scan(&out.Total); err != nil {
		return nil, opErr("count events", err)
	}
	if out.Events, err = eventsPage(ctx, q, d, where, TimelineOrder, limit, f.Offset, a...); err != nil {
		return nil, opErr("list events", err)
	}
	docs := make([]int64, 0, len(out.Events))
	for _, v := range out.Events {
		docs = append(docs, v.DocID)
	}
	if out.Documents, err = documentsByID(ctx, q, docs, scanDocument); err != nil {
		return nil, opErr("read event documents", err)
	}
	return out, nil
}

// documentsByID reads the documents of ids (repeats allowed), newest
// first.
func documentsByID(ctx context.Context, q Querier, ids []int64, scanDocument func(Scanner, *store.Document) error) ([]store.Document, error) {
	if len(ids) == 0 {
		return []store.Document{}, nil
	}
	return Collect(ctx, q, scanDocument, "SELECT "+DocumentCols+" FROM documents d WHERE d.id IN ("+idList(ids)+") ORDER BY d.id DESC")
}

// entityExists returns ENOTFOUND when there is no entity id.
func entityExists(ctx context.Context, q Querier, d Dialect, id int64) error {
	var n int
	if err := q.QueryRow(ctx, d.SQL("SELECT COUNT(*) FROM entities WHERE id = $1"), id).Scan(&n); err != nil {
		return opErr("read entity", err)
	}
	if n == 0 {
		return store.Errorf(store.ENOTFOUND, "entity %d not found", id)
	}
	return nil
}

// ListMentions lists the mentions of an entity in context for
// Store.Mentions. scanDocument scans DocumentCols.
func ListMentions(ctx context.Context, q Querier, d Dialect, id int64, opt store.ListOptions, scanDocument func(Scanner, *store.Document) error) (*store.MentionList, error) {
	limit, err := ListRequest(opt)
	if err != nil {
		return nil, err
	}
	var e store.Entity
	err = q.QueryRow(ctx, d.SQL("SELECT mention_count FROM entities WHERE id = $1"), id).Scan(&e.MentionCount)
	if d.noRows(err) {
		return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", id)
	}
	if err != nil {
		return nil, opErr("read entity", err)
	}
	out := &store.MentionList{Total: e.MentionCount}
	if out.Mentions, err = mentionsInContext(ctx, q, d, id, limit, opt.Offset); err != nil {
		return nil, opErr("read entity mentions", err)
	}
	docs := make([]int64, 0, len(out.Mentions))
	for _, m := range out.Mentions {
		docs = append(docs, m.DocID)
	}
	if out.Documents, err = documentsByID(ctx, q, docs, scanDocument); err != nil {
		return nil, opErr("read mention documents", err)
	}
	return out, nil
}

// mentionsInContext reads a page of the mentions of entity id, newest
// document first, with the text around each cut from the document's text
// by the database (see store.MentionContext).
func mentionsInContext(ctx context.Context, q Querier, d Dialect, id int64, limit, offset int) ([]store.MentionInContext, error) {
	n := store.ContextChars + 1
	return Collect(ctx, q, func(s Scanner, m *store.MentionInContext) error {
		var (
			window     string
			off, chars int
		)
		if err := s.Scan(&m.DocID, &m.EntityID, &m.Start, &m.End, &m.Text, &m.Type, &off, &chars, &window); err != nil {
			return err
		}
		m.Before, m.After = store.MentionContext(window, off, chars, m.Span)
		return nil
	}, d.SQL(fmt.Sprintf(`SELECT m.doc_id, s.entity_id, m.start, m."end", m.text, m.type, %[2]s, d.chars,
		substr(d.text, %[2]s + 1, (CASE WHEN m."end" + %[1]d < d.chars THEN m."end" + %[1]d ELSE d.chars END) - %[2]s)
		FROM entity_sources s
		JOIN mentions m ON m.doc_id = s.doc_id AND m.local_id = s.local_id
		JOIN documents d ON d.id = s.doc_id
		WHERE s.entity_id = $1 ORDER BY s.doc_id DESC, m.start, m.id`, n, fmt.Sprintf("(CASE WHEN m.start > %[1]d THEN m.start - %[1]d ELSE 0 END)", n))+limitOffset(limit, offset)), id)
}

// ListSources lists the sources of an entity for Store.Sources.
func ListSources(ctx context.Context, q Querier, d Dialect, id int64, opt store.ListOptions) (*store.SourceList, error) {
	limit, err := ListRequest(opt)
	if err != nil {
		return nil, err
	}
	if err := entityExists(ctx, q, d, id); err != nil {
		return nil, err
	}
	out := &store.SourceList{}
	if err := q.QueryRow(ctx, d.SQL("SELECT COUNT(*) FROM entity_sources WHERE entity_id = $1"), id).Scan(&out.Total); err != nil {
		return nil, opErr("count entity sources", err)
	}
	if out.Sources, err = sourcesPage(ctx, q, d, id, limitOffset(limit, opt.Offset)); err != nil {
		return nil, opErr("read entity sources", err)
	}
	return out, nil
}

// ListDocuments lists documents for Store.Documents: newest first, those
// of opt.Entity when set. scanDocument scans DocumentCols.
func ListDocuments(ctx context.Context, q Querier, d Dialect, opt store.ListOptions, scanDocument func(Scanner, *store.Document) error) (*store.DocumentList, error) {
	limit, err := ListRequest(opt)
	if err != nil {
		return nil, err
	}
	out := &store.DocumentList{}
	where, a := "", args{}
	if opt.Entity != 0 {
		var e store.Entity
		err := q.QueryRow(ctx, d.SQL("SELECT doc_count FROM entities WHERE id = $1"), opt.Entity).Scan(&e.DocCount)
		if d.noRows(err) {
			return nil, store.Errorf(store.ENOTFOUND, "entity %d not found", opt.Entity)
		}
		if err != nil {
			return nil, opErr("read entity", err)
		}
		out.Total = e.DocCount
		where = " WHERE d.id IN (SELECT doc_id FROM entity_sources WHERE entity_id = " + a.add(opt.Entity) + ")"
	} else if err := q.QueryRow(ctx, "SELECT COUNT(*) FROM documents").Scan(&out.Total); err != nil {
		return nil, opErr("count documents", err)
	}
	if out.Documents, err = Collect(ctx, q, scanDocument, d.SQL("SELECT "+DocumentCols+" FROM documents d"+where+
		" ORDER BY d.id DESC"+limitOffset(limit, opt.Offset)), a...); err != nil {
		return nil, opErr("list documents", err)
	}
	return out, nil
}
