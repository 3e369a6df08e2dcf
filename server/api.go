package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/store"
)

// MaxOffset caps the offset of a paged list.
const MaxOffset = 1_000_000

// writeJSON writes v as a JSON response with the status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return store.Internal("encode response", err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, err = w.Write(append(b, '\n'))
	return err // the client went away; nothing more to tell it
}

// pathID parses the {id} of the path: a positive integer.
func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, store.Errorf(store.EINVALID, "ID %.40q is not a positive integer", s)
	}
	return id, nil
}

// queryID parses an optional ID parameter of the query; 0 when absent.
func queryID(q url.Values, name string) (int64, error) {
	s := q.Get(name)
	if s == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, store.Errorf(store.EINVALID, "%s %.40q is not a positive integer", name, s)
	}
	return id, nil
}

// page is the paging of a list request.
type page struct {
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// pageOf reads limit and offset from the query: limit 0 or absent means
// store.DefaultLimit, larger ones are capped at store.MaxLimit; negative
// values and offsets over MaxOffset are EINVALID.
func pageOf(q url.Values) (page, error) {
	p := page{Limit: store.DefaultLimit}
	for _, f := range []struct {
		name string
		dst  *int
	}{{"limit", &p.Limit}, {"offset", &p.Offset}} {
		s := q.Get(f.name)
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return page{}, store.Errorf(store.EINVALID, "%s %.40q is not a non-negative integer", f.name, s)
		}
		*f.dst = n
	}
	switch {
	case p.Limit == 0:
		p.Limit = store.DefaultLimit
	case p.Limit > store.MaxLimit:
		p.Limit = store.MaxLimit
	}
	if p.Offset > MaxOffset {
		return page{}, store.Errorf(store.EINVALID, "offset %d is over the limit of %d", p.Offset, MaxOffset)
	}
	return p, nil
}

// cut returns the page's window of n items as slice bounds.
func (p page) cut(n int) (lo, hi int) {
	lo = min(p.Offset, n)
	hi = min(lo+p.Limit, n)
	return lo, hi
}

// typeRE is what an entity, relation or event type looks like.
var typeRE = regexp.MustCompile(`^[A-Za-z_]{1,64}$`)

// typeOf reads an optional type filter, upper-cased.
func typeOf(q url.Values) (string, error) {
	t := q.Get("type")
	if t == "" {
		return "", nil
	}
	if !typeRE.MatchString(t) {
		return "", store.Errorf(store.EINVALID, "type %.70q is not a type name (letters and '_')", t)
	}
	return strings.ToUpper(t), nil
}

// info is the answer of GET /api/info.
type info struct {
	Writable bool `json:"writable"`
	// MaxBody is the size limit of a request body in bytes.
	MaxBody int64 `json:"max_body"`
	// TimeoutSeconds bounds one request.
	TimeoutSeconds float64 `json:"timeout_seconds"`
	DefaultLimit   int     `json:"default_limit"`
	MaxLimit       int     `json:"max_limit"`
}

func (s *server) getInfo(w http.ResponseWriter, r *http.Request) error {
	return writeJSON(w, http.StatusOK, info{
		Writable:       s.writable(),
		MaxBody:        s.opt.MaxBody,
		TimeoutSeconds: s.opt.Timeout.Seconds(),
		DefaultLimit:   store.DefaultLimit,
		MaxLimit:       store.MaxLimit,
	})
}

// documentList is the answer of GET /api/documents.
type documentList struct {
	*store.DocumentList
	page
}

func (s *server) listDocuments(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := pageOf(q)
	if err != nil {
		return err
	}
	entity, err := queryID(q, "entity")
	if err != nil {
		return err
	}
	l, err := s.st.Documents(r.Context(), store.ListOptions{Limit: p.Limit, Offset: p.Offset, Entity: entity})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, documentList{l, p})
}

func (s *server) getDocument(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	d, err := s.st.Document(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}

// entityList is the answer of GET /api/entities.
type entityList struct {
	Entities []store.Entity `json:"entities"`
	// Total counts the entities found (before paging).
	Total int `json:"total"`
	page
	// Partial is set when a search was cut at store.MaxLimit hits.
	// Lists without a query cover the whole store.
	Partial bool `json:"partial"`
}

func (s *server) listEntities(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	p, err := pageOf(q)
	if err != nil {
		return err
	}
	typ, err := typeOf(q)
	if err != nil {
		return err
	}
	text := q.Get("q")
	if text == "" {
		l, err := s.st.Entities(r.Context(), store.EntityFilter{Type: typ, Order: q.Get("order"),
			ListOptions: store.ListOptions{Limit: p.Limit, Offset: p.Offset}})
		if err != nil {
			return err
		}
		return writeJSON(w, http.StatusOK, entityList{Entities: l.Entities, Total: l.Total, page: p})
	}
	res, err := s.st.Search(r.Context(), text, store.SearchOptions{Limit: store.MaxLimit})
	if err != nil {
		return err
	}
	all := []store.Entity{}
	for _, h := range res.Entities {
		if typ == "" || h.Type == typ {
			all = append(all, h.Entity)
		}
	}
	lo, hi := p.cut(len(all))
	return writeJSON(w, http.StatusOK, entityList{Entities: all[lo:hi], Total: len(all), page: p,
		Partial: len(res.Entities) >= store.MaxLimit})
}

// typeList is the answer of GET /api/entities/types.
type typeList struct {
	Types []store.TypeCount `json:"types"`
}

func (s *server) entityTypes(w http.ResponseWriter, r *http.Request) error {
	ts, err := s.st.EntityTypes(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, typeList{ts})
}

// MentionInContext is a mention of an entity with the text around it.
type MentionInContext = store.MentionInContext

func (s *server) getEntity(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	e, err := s.st.Entity(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, e)
}

// mentionList is the answer of GET /api/entities/{id}/mentions.
type mentionList struct {
	*store.MentionList
	page
}

// sourceList is the answer of GET /api/entities/{id}/sources.
type sourceList struct {
	*store.SourceList
	page
}

// entityItems serves a paged list of one entity's items (its mentions,
// its sources): list reads the page from the store and answer wraps it
// with the page asked for.
func entityItems[L any](list func(context.Context, int64, store.ListOptions) (L, error), answer func(L, page) any) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		p, err := pageOf(r.URL.Query())
		if err != nil {
			return err
		}
		l, err := list(r.Context(), id, store.ListOptions{Limit: p.Limit, Offset: p.Offset})
		if err != nil {
			return err
		}
		return writeJSON(w, http.StatusOK, answer(l, p))
	}
}

func (s *server) getGraph(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	depth := 1
	if v := r.URL.Query().Get("depth"); v != "" {
		if depth, err = strconv.Atoi(v); err != nil || depth < 1 || depth > 2 {
			return store.Errorf(store.EINVALID, "depth %.20q: it must be 1 or 2", v)
		}
	}
	g, err := s.st.Neighbourhood(r.Context(), id, depth)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, g)
}

// relationList is the answer of GET /api/relations.
type relationList struct {
	*store.RelationList
	page
	// Partial is always false: lists cover the whole store. It stays for
	// clients of the earlier API.
	Partial bool `json:"partial"`
}

func (s *server) listRelations(w http.ResponseWriter, r *http.Request) error {
	f, err := filterOf(r.URL.Query())
	if err != nil {
		return err
	}
	l, err := s.st.Relations(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, relationList{RelationList: l, page: page{f.Limit, f.Offset}})
}

// eventList is the answer of GET /api/events: events in timeline order
// (see store.EventList) and the documents they come from.
type eventList struct {
	*store.EventList
	page
	// Partial is always false, as in relationList.
	Partial bool `json:"partial"`
}

func (s *server) listEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := filterOf(r.URL.Query())
	if err != nil {
		return err
	}
	l, err := s.st.Events(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, eventList{EventList: l, page: page{f.Limit, f.Offset}})
}

func (s *server) search(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	text := q.Get("q")
	if strings.TrimSpace(text) == "" {
		return store.Errorf(store.EINVALID, "the query q is empty")
	}
	if !utf8.ValidString(text) {
		return store.Errorf(store.EINVALID, "the query is not valid UTF-8")
	}
	p, err := pageOf(q)
	if err != nil {
		return err
	}
	res, err := s.st.Search(r.Context(), text, store.SearchOptions{Limit: p.Limit})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}
