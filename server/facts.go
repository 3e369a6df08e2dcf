package server

// Queries the store.Store interface does not answer directly (lists of
// entities, relations and events across documents, mentions in context),
// built on top of it. Lists across documents read the newest scanLimit
// documents and say so (Partial) when there are more; see docs/server.md
// for the store methods that would replace them.

import (
	"context"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/store"
)

// Bounds of the queries built on the Store interface.
const (
	// scanLimit is how many of the newest documents lists across
	// documents read.
	scanLimit = 200
	// maxSnippetDocs is how many documents' texts an entity page reads to
	// put mentions in context.
	maxSnippetDocs = 20
	// ContextChars is how many code points of text a MentionInContext
	// shows on each side of the mention.
	ContextChars = 80
)

// scanDocuments calls fn with each of the newest scanLimit documents,
// newest first. It reports whether there were more.
func scanDocuments(ctx context.Context, st store.Store, fn func(*store.DocumentPage) error) (partial bool, err error) {
	seen := 0
	for off := 0; seen < scanLimit; {
		l, err := st.Documents(ctx, store.ListOptions{Limit: min(100, scanLimit-seen), Offset: off})
		if err != nil {
			return false, err
		}
		for _, d := range l.Documents {
			p, err := st.Document(ctx, d.ID)
			if store.ErrorCode(err) == store.ENOTFOUND {
				continue // deleted meanwhile
			}
			if err != nil {
				return false, err
			}
			if err := fn(p); err != nil {
				return false, err
			}
			seen++
		}
		off += len(l.Documents)
		if len(l.Documents) == 0 || off >= l.Total {
			return false, nil
		}
	}
	return true, nil
}

// recentEntities lists the entities of the newest documents (of the type,
// when not empty), the most widely mentioned first.
func recentEntities(ctx context.Context, st store.Store, typ string) ([]store.Entity, bool, error) {
	seen := map[int64]bool{}
	out := []store.Entity{}
	partial, err := scanDocuments(ctx, st, func(p *store.DocumentPage) error {
		for _, e := range p.Entities {
			if !seen[e.ID] && (typ == "" || e.Type == typ) {
				seen[e.ID] = true
				out = append(out, e)
			}
		}
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.DocCount != b.DocCount {
			return a.DocCount > b.DocCount
		}
		if a.MentionCount != b.MentionCount {
			return a.MentionCount > b.MentionCount
		}
		return a.ID < b.ID
	})
	return out, partial, nil
}

// mentionsInContext adds the text around each mention, reading the texts
// of at most maxSnippetDocs documents.
func mentionsInContext(ctx context.Context, st store.Store, ms []store.Mention) ([]MentionInContext, error) {
	texts := map[int64][]rune{}
	out := make([]MentionInContext, len(ms))
	for i, m := range ms {
		out[i].Mention = m
		text, ok := texts[m.DocID]
		if !ok {
			if len(texts) >= maxSnippetDocs {
				continue
			}
			p, err := st.Document(ctx, m.DocID)
			if err != nil && store.ErrorCode(err) != store.ENOTFOUND {
				return nil, err
			}
			if p != nil {
				text = []rune(p.Text)
			}
			texts[m.DocID] = text
		}
		out[i].Before, out[i].After = around(text, m.Start, m.End, ContextChars)
	}
	return out, nil
}

// around returns up to n code points of text before start and after end,
// cut at word boundaries, with "…" where the text goes on, and line breaks
// turned into spaces.
func around(text []rune, start, end, n int) (before, after string) {
	if start < 0 || end < start || end > len(text) {
		return "", ""
	}
	lo := max(0, start-n)
	if lo > 0 {
		for lo < start && !unicode.IsSpace(text[lo-1]) {
			lo++
		}
	}
	hi := min(len(text), end+n)
	if hi < len(text) {
		for hi > end && !unicode.IsSpace(text[hi]) {
			hi--
		}
	}
	flat := func(rs []rune) string {
		return strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, string(rs))
	}
	before, after = flat(text[lo:start]), flat(text[end:hi])
	if lo > 0 {
		before = "…" + before
	}
	if hi < len(text) {
		after += "…"
	}
	return before, after
}

// filter selects relations and events.
type filter struct {
	Entity int64  // involving this entity
	Doc    int64  // found in this document
	Type   string // of this type
	// From and To bound event dates (ISO 8601, any precision), both
	// inclusive; see inRange.
	From, To string
}

// isoDateRE is an ISO 8601 date with the precision of a year, a month or
// a day.
var isoDateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// filterOf reads entity, doc, type, from and to from the query.
func filterOf(q url.Values) (filter, error) {
	var f filter
	var err error
	if f.Entity, err = queryID(q, "entity"); err != nil {
		return f, err
	}
	if f.Doc, err = queryID(q, "doc"); err != nil {
		return f, err
	}
	if f.Type, err = typeOf(q); err != nil {
		return f, err
	}
	f.From, f.To = q.Get("from"), q.Get("to")
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !isoDateRE.MatchString(d.v) {
			return f, store.Errorf(store.EINVALID, "%s %.40q is not an ISO 8601 date (2024, 2024-10 or 2024-10-12)", d.name, d.v)
		}
	}
	return f, nil
}

// inRange reports whether an event date lies in [from, to]. Dates of
// different precision compare on their common prefix, so that the month
// 2024-10 lies in a range from 2024-10-15 and a range to 2024. An event
// without an ISO date lies in no bounded range.
func inRange(date, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	if !isoDateRE.MatchString(date) {
		return false
	}
	cmp := func(a, b string) int {
		n := min(len(a), len(b))
		return strings.Compare(a[:n], b[:n])
	}
	return (from == "" || cmp(date, from) >= 0) && (to == "" || cmp(date, to) <= 0)
}

func (f filter) relation(r store.Relation) bool {
	return (f.Type == "" || r.Type == f.Type) &&
		(f.Doc == 0 || r.DocID == f.Doc) &&
		(f.Entity == 0 || r.Head.ID == f.Entity || r.Tail.ID == f.Entity)
}

func (f filter) event(v store.Event) bool {
	if f.Type != "" && v.Type != f.Type || f.Doc != 0 && v.DocID != f.Doc || !inRange(v.Date, f.From, f.To) {
		return false
	}
	if f.Entity == 0 || v.Place != nil && v.Place.ID == f.Entity {
		return true
	}
	for _, p := range v.Participants {
		if p.ID == f.Entity {
			return true
		}
	}
	return false
}

// facts gathers the relations and events that may match f, and the
// documents they come from: those of the document, of the entity, or of
// the newest documents.
func facts(ctx context.Context, st store.Store, f filter) (rels []store.Relation, evs []store.Event, docs []store.Document, partial bool, err error) {
	switch {
	case f.Doc != 0:
		p, err := st.Document(ctx, f.Doc)
		if err != nil {
			return nil, nil, nil, false, err
		}
		return p.Relations, p.Events, []store.Document{p.Document}, false, nil
	case f.Entity != 0:
		p, err := st.Entity(ctx, f.Entity)
		if err != nil {
			return nil, nil, nil, false, err
		}
		partial = len(p.Relations) >= store.MaxPageFacts || len(p.Events) >= store.MaxPageFacts
		return p.Relations, p.Events, p.Documents, partial, nil
	}
	partial, err = scanDocuments(ctx, st, func(p *store.DocumentPage) error {
		rels = append(rels, p.Relations...)
		evs = append(evs, p.Events...)
		docs = append(docs, p.Document)
		return nil
	})
	return rels, evs, docs, partial, err
}

// findRelations returns the relations matching f, newest document first.
func findRelations(ctx context.Context, st store.Store, f filter) ([]store.Relation, bool, error) {
	rels, _, _, partial, err := facts(ctx, st, f)
	if err != nil {
		return nil, false, err
	}
	out := []store.Relation{}
	for _, r := range rels {
		if f.relation(r) {
			out = append(out, r)
		}
	}
	return out, partial, nil
}

// findEvents returns the events matching f in timeline order: by date
// (coarser dates before finer ones of the same period: 2024 before
// 2024-10 before 2024-10-12), undated ones last, then by document and ID.
func findEvents(ctx context.Context, st store.Store, f filter) ([]store.Event, []store.Document, bool, error) {
	_, evs, docs, partial, err := facts(ctx, st, f)
	if err != nil {
		return nil, nil, false, err
	}
	out := []store.Event{}
	for _, v := range evs {
		if f.event(v) {
			out = append(out, v)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Date == "") != (b.Date == "") {
			return a.Date != ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.DocID != b.DocID {
			return a.DocID < b.DocID
		}
		return a.ID < b.ID
	})
	return out, docs, partial, nil
}
