package server

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/store"
)

// PostDocument is the JSON body of POST /api/documents. A plain-text body
// is the text itself, with the metadata in the query parameters title,
// url, date and source.
type PostDocument struct {
	Text   string `json:"text"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
}

// PostResult is the answer of POST /api/documents: 201 with a new
// document, 200 when the text was already stored.
type PostResult struct {
	store.PutResult
	// Location is the API path of the document.
	Location string `json:"location"`
}

// writable reports whether the server takes writes.
func (s *server) writable() bool { return s.opt.Token != "" && s.p != nil }

// authorize checks the bearer token of a write: EFORBIDDEN when writes are
// disabled, EUNAUTHORIZED when the token is missing or wrong.
func (s *server) authorize(r *http.Request) error {
	if !s.writable() {
		return store.Errorf(EFORBIDDEN, "writes are disabled on this server (it has no token)")
	}
	auth := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return store.Errorf(EUNAUTHORIZED, "this request needs the header Authorization: Bearer TOKEN")
	}
	if subtle.ConstantTimeCompare([]byte(strings.TrimSpace(token)), []byte(s.opt.Token)) != 1 {
		return store.Errorf(EUNAUTHORIZED, "the token is wrong")
	}
	return nil
}

// readBody reads the whole request body, up to Options.MaxBody bytes.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.ContentLength > s.opt.MaxBody {
		return nil, store.Errorf(ETOOLARGE, "the body of %d bytes is over the limit of %d", r.ContentLength, s.opt.MaxBody)
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opt.MaxBody))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, store.Errorf(ETOOLARGE, "the body is over the limit of %d bytes", s.opt.MaxBody)
	case err != nil:
		return nil, store.Errorf(store.EINVALID, "reading the body: %v", err)
	}
	return b, nil
}

// parsePost reads a posted document: JSON (PostDocument) or plain text
// with the metadata in the query.
func parsePost(contentType string, body []byte, q map[string][]string) (PostDocument, error) {
	var in PostDocument
	mt := "text/plain"
	if contentType != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(contentType); err != nil {
			return in, store.Errorf(EMEDIATYPE, "the Content-Type %.80q cannot be parsed", contentType)
		}
	}
	switch mt {
	case "application/json":
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			return in, store.Errorf(store.EINVALID, "the body is not a JSON document {text, title, url, date, source}: %v", err)
		}
		if dec.More() {
			return in, store.Errorf(store.EINVALID, "the body holds more than one JSON value")
		}
		if !utf8.Valid(body) {
			return in, store.Errorf(store.EINVALID, "the body is not valid UTF-8")
		}
	case "text/plain":
		if !utf8.Valid(body) {
			return in, store.Errorf(store.EINVALID, "the text is not valid UTF-8")
		}
		get := func(k string) string {
			if v := q[k]; len(v) > 0 {
				return v[0]
			}
			return ""
		}
		in = PostDocument{Text: string(body), Title: get("title"), URL: get("url"), Date: get("date"), Source: get("source")}
	default:
		return in, store.Errorf(EMEDIATYPE, "the body must be application/json or text/plain, not %.80q", mt)
	}
	in.Text = strings.TrimPrefix(in.Text, "\uFEFF")
	if strings.TrimSpace(in.Text) == "" {
		return in, store.Errorf(store.EINVALID, "the text is empty")
	}
	if strings.IndexByte(in.Text, 0) >= 0 {
		return in, store.Errorf(store.EINVALID, "the text contains NUL bytes")
	}
	if !store.ValidDate(in.Date) {
		return in, store.Errorf(store.EINVALID, "date %.70q is not ISO 8601 (2024, 2024-10, 2024-10-12 or a date and time)", in.Date)
	}
	return in, nil
}

// postDocument processes a posted text and stores the document.
func (s *server) postDocument(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	body, err := s.readBody(w, r)
	if err != nil {
		return err
	}
	in, err := parsePost(r.Header.Get("Content-Type"), body, r.URL.Query())
	if err != nil {
		return err
	}
	ctx := r.Context()
	meta := store.Meta{Title: in.Title, URL: in.URL, Date: in.Date, Source: in.Source}
	if meta.Title == "" {
		meta.Title = firstLine(in.Text)
	}
	// A text already stored is not processed again.
	id, err := s.st.DocumentIDByHash(ctx, store.Hash(in.Text))
	switch store.ErrorCode(err) {
	case "":
		return writeJSON(w, http.StatusOK, PostResult{store.PutResult{ID: id, Hash: store.Hash(in.Text), Existing: true}, docPath(id)})
	case store.ENOTFOUND:
	default:
		return err
	}
	select {
	case s.busy <- struct{}{}:
	case <-ctx.Done():
		return store.Errorf(EUNAVAILABLE, "the server is busy processing other texts; try again later")
	}
	d, err := s.process(in)
	<-s.busy
	if err != nil {
		return err
	}
	res, err := s.st.PutDocument(ctx, d, meta)
	if err != nil {
		return err
	}
	status := http.StatusCreated
	if res.Existing {
		status = http.StatusOK
	} else {
		w.Header().Set("Location", docPath(res.ID))
	}
	return writeJSON(w, status, PostResult{res, docPath(res.ID)})
}

// process runs the processor on a text, with the document's date when it
// gives a day and the processor can use it. A processor's refusal of the
// input is EINVALID; other failures, and panics, are EINTERNAL.
func (s *server) process(in PostDocument) (d *doc.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			d, err = nil, store.Internal("process the text", fmt.Errorf("panic: %v", v))
		}
	}()
	source := in.Source
	if source == "" {
		source = in.URL
	}
	dp, dated := s.p.(DatedProcessor)
	day, dayErr := time.Parse("2006-01-02", prefix(in.Date, 10))
	if dated && dayErr == nil {
		d, err = dp.ProcessDated(source, []byte(in.Text), day)
	} else {
		d, err = s.p.Process(source, []byte(in.Text))
	}
	switch {
	case err != nil && pipeline.IsInputError(err):
		return nil, store.Errorf(store.EINVALID, "the text was refused: %v", err)
	case err != nil:
		return nil, store.Internal("process the text", err)
	case d == nil:
		return nil, store.Internal("process the text", errors.New("the processor returned no document"))
	}
	return d, nil
}

// docPath is the API path of a document.
func docPath(id int64) string { return "/api/documents/" + strconv.FormatInt(id, 10) }

// prefix returns the first n bytes of s, or s when it is shorter.
func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// firstLine returns the first non-empty line of a text, cut to 200 code
// points: the title of a document posted without one.
func firstLine(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > 200 {
			line = string([]rune(line)[:200]) + "…"
		}
		return line
	}
	return ""
}
