package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factgraph/factgraph/ftm"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
)

const testToken = "s3cret-token"

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// realPipeline returns the default pipeline, loaded once per test binary.
func realPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New() })
	if pipeErr != nil {
		t.Fatalf("pipeline.New: %v", pipeErr)
	}
	return pipe
}

// openStore opens an SQLite store in a temporary directory.
func openStore(t testing.TB) *sqlite.DB {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "factgraph.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// fakeProcessor makes a document of a text with one PERSON entity over its
// first word, fast and without models.
type fakeProcessor struct {
	delay time.Duration
	err   error
}

func (f fakeProcessor) Process(source string, data []byte) (*doc.Document, error) {
	if f.delay > 0 {
		time.Sleep(f.delay)
	}
	if f.err != nil {
		return nil, f.err
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: fake", pipeline.ErrNotUTF8)
	}
	text := string(data)
	n := utf8.RuneCountInString(text)
	d := &doc.Document{Source: source, Lang: "ru", Text: text,
		Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: n}}},
		Entities:  []doc.Entity{}, Relations: []doc.Relation{}, Events: []doc.Event{}}
	runes := []rune(text)
	start := 0
	for start < n && runes[start] == ' ' {
		start++
	}
	end := start
	for end < n && runes[end] != ' ' && runes[end] != '\n' {
		end++
	}
	if word := string(runes[start:end]); end > start && strings.TrimSpace(word) != "" && len(word) < 1000 {
		d.Entities = append(d.Entities, doc.Entity{ID: "E1", Type: "PERSON", Name: word,
			Mentions: []doc.Mention{{Span: doc.Span{Start: start, End: end}, Text: word, Type: "PERSON"}}})
	}
	return d, nil
}

// do runs one request against h and returns the recorder.
func do(t testing.TB, h http.Handler, method, target string, body []byte, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, bytes.NewReader(body))
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// decode decodes a JSON response into v, failing on a wrong status.
func decode(t testing.TB, w *httptest.ResponseRecorder, status int, v any) {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status %d, want %d; body %s", w.Code, status, w.Body.String())
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON", ct)
	}
	if v != nil {
		if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
			t.Fatalf("decode %s: %v", w.Body.String(), err)
		}
	}
}

// wantError checks an error response: status, JSON body, code.
func wantError(t testing.TB, w *httptest.ResponseRecorder, status int, code string) {
	t.Helper()
	var b errorBody
	decode(t, w, status, &b)
	if b.Error.Code != code || b.Error.Message == "" {
		t.Fatalf("error %+v, want code %q and a message", b.Error, code)
	}
}

func exampleArticle(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/ru-commission-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// postExample stores the example article through the API and returns its
// document ID.
func postExample(t testing.TB, h http.Handler) int64 {
	t.Helper()
	body, _ := json.Marshal(PostDocument{Text: string(exampleArticle(t)), Title: "Комиссия по ВТС в Ижевске",
		URL: "https://example.org/news/1", Date: "2024-10-20", Source: "ru-commission-2024.txt"})
	w := do(t, h, "POST", "/api/documents", body, "Content-Type", "application/json", "Authorization", "Bearer "+testToken)
	var res PostResult
	decode(t, w, http.StatusCreated, &res)
	if res.ID <= 0 || res.Existing || w.Header().Get("Location") != res.Location {
		t.Fatalf("post: %+v, Location %q", res, w.Header().Get("Location"))
	}
	return res.ID
}

// findEntity returns the ID of the document's entity with the name.
func findEntity(t testing.TB, p *store.DocumentPage, name string) int64 {
	t.Helper()
	for _, e := range p.Entities {
		if e.Name == name {
			return e.ID
		}
	}
	t.Fatalf("no entity %q in document %d", name, p.ID)
	return 0
}

func TestAPIWithPipeline(t *testing.T) {
	h := New(openStore(t), realPipeline(t), Options{Token: testToken})
	docID := postExample(t, h)

	// The same text again is not stored twice.
	body, _ := json.Marshal(PostDocument{Text: string(exampleArticle(t))})
	var again PostResult
	decode(t, do(t, h, "POST", "/api/documents", body, "Content-Type", "application/json", "Authorization", "Bearer "+testToken), http.StatusOK, &again)
	if !again.Existing || again.ID != docID {
		t.Fatalf("second post: %+v, want existing %d", again, docID)
	}

	var list documentList
	decode(t, do(t, h, "GET", "/api/documents?limit=5", nil), http.StatusOK, &list)
	if list.Total != 1 || len(list.Documents) != 1 || list.Limit != 5 || list.Documents[0].Title != "Комиссия по ВТС в Ижевске" {
		t.Fatalf("documents: %+v", list)
	}

	var page store.DocumentPage
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/documents/%d", docID), nil), http.StatusOK, &page)
	if page.Text != string(exampleArticle(t)) || len(page.Mentions) < 20 || len(page.Relations) == 0 || len(page.Events) == 0 {
		t.Fatalf("document: %d mentions, %d relations, %d events", len(page.Mentions), len(page.Relations), len(page.Events))
	}
	if page.Date != "2024-10-20" || page.URL != "https://example.org/news/1" {
		t.Fatalf("document meta: %+v", page.Meta)
	}
	shugaev := findEntity(t, &page, "Дмитрий Шугаев")

	var ent store.EntityPage
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/entities/%d", shugaev), nil), http.StatusOK, &ent)
	if ent.Type != "PERSON" || len(ent.Aliases) == 0 || len(ent.Mentions) < 3 || len(ent.Events) == 0 {
		t.Fatalf("entity: %+v", ent.Entity)
	}
	for _, m := range ent.Mentions {
		if m.Before == "" && m.After == "" {
			t.Errorf("mention %+v has no context", m.Mention)
		}
	}
	if ent.Totals.Mentions != ent.MentionCount || ent.Totals.Sources != len(ent.Sources) || ent.Totals.Relations != len(ent.Relations) {
		t.Fatalf("entity totals: %+v", ent.Totals)
	}
	var ml mentionList
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/entities/%d/mentions?limit=1&offset=1", shugaev), nil), http.StatusOK, &ml)
	if ml.Total != ent.MentionCount || len(ml.Mentions) != 1 || ml.Mentions[0] != ent.Mentions[1] ||
		len(ml.Documents) != 1 || ml.Documents[0].ID != docID || ml.Offset != 1 {
		t.Fatalf("mentions page: %+v", ml)
	}
	var sl sourceList
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/entities/%d/sources", shugaev), nil), http.StatusOK, &sl)
	if sl.Total != 1 || len(sl.Sources) != 1 || sl.Sources[0] != ent.Sources[0] {
		t.Fatalf("sources page: %+v", sl)
	}
	decode(t, do(t, h, "GET", "/api/entities/999999/mentions", nil), http.StatusNotFound, nil)
	var dl documentList
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/documents?entity=%d", shugaev), nil), http.StatusOK, &dl)
	if dl.Total != 1 || len(dl.Documents) != 1 || dl.Documents[0].ID != docID {
		t.Fatalf("documents of the entity: %+v", dl)
	}
	rels := map[string][]string{}
	for _, r := range ent.Relations {
		if r.Head.ID == shugaev {
			rels[r.Type] = append(rels[r.Type], r.Tail.Name)
		}
	}
	some := func(names []string, prefix string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, prefix) })
	}
	if !some(rels["WORKS_AS"], "директор") || !some(rels["WORKPLACE"], "Федеральная служба") {
		t.Fatalf("relations of Шугаев: %v", rels)
	}

	var g store.Graph
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/entities/%d/graph?depth=2", shugaev), nil), http.StatusOK, &g)
	if g.Root != shugaev || g.Depth != 2 || len(g.Nodes) < 3 || len(g.Edges) < 2 {
		t.Fatalf("graph: %d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}

	var el entityList
	decode(t, do(t, h, "GET", "/api/entities?q=%D0%A8%D1%83%D0%B3%D0%B0%D0%B5%D0%B2", nil), http.StatusOK, &el) // q=Шугаев
	if el.Total == 0 || el.Entities[0].ID != shugaev {
		t.Fatalf("entities q=Шугаев: %+v", el)
	}
	decode(t, do(t, h, "GET", "/api/entities?type=person&limit=2&offset=1", nil), http.StatusOK, &el)
	if el.Total < 3 || len(el.Entities) != 2 || el.Offset != 1 {
		t.Fatalf("entities type=person: %+v", el)
	}
	for _, e := range el.Entities {
		if e.Type != "PERSON" {
			t.Fatalf("entities type=person: %+v", e)
		}
	}

	var tl typeList
	decode(t, do(t, h, "GET", "/api/entities/types", nil), http.StatusOK, &tl)
	if len(tl.Types) < 5 || tl.Types[0].Count < tl.Types[len(tl.Types)-1].Count {
		t.Fatalf("entity types: %+v", tl)
	}

	var rl relationList
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/relations?entity=%d&type=WORKS_AS", shugaev), nil), http.StatusOK, &rl)
	if rl.Total < 1 || rl.Relations[0].Head.ID != shugaev {
		t.Fatalf("relations: %+v", rl)
	}
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/relations?doc=%d", docID), nil), http.StatusOK, &rl)
	if rl.Total != len(page.Relations) {
		t.Fatalf("relations of the document: %d, want %d", rl.Total, len(page.Relations))
	}
	decode(t, do(t, h, "GET", "/api/relations?limit=1000", nil), http.StatusOK, &rl)
	if rl.Total != len(page.Relations) || rl.Partial {
		t.Fatalf("all relations: %d, want %d", rl.Total, len(page.Relations))
	}

	var evl eventList
	decode(t, do(t, h, "GET", fmt.Sprintf("/api/events?entity=%d", shugaev), nil), http.StatusOK, &evl)
	if evl.Total == 0 || len(evl.Documents) != 1 || evl.Documents[0].ID != docID {
		t.Fatalf("events of Шугаев: %+v", evl)
	}
	decode(t, do(t, h, "GET", "/api/events?from=2024-10-01&to=2024-10-31&type=signing", nil), http.StatusOK, &evl)
	if evl.Total != 1 || evl.Events[0].Type != "SIGNING" {
		t.Fatalf("signing events in October 2024: %+v", evl)
	}
	decode(t, do(t, h, "GET", "/api/events", nil), http.StatusOK, &evl)
	if !slices.IsSortedFunc(evl.Events, func(a, b store.Event) int {
		if a.Date == "" || b.Date == "" {
			return 0
		}
		return strings.Compare(a.Date, b.Date)
	}) {
		t.Fatalf("events are not in date order")
	}
	decode(t, do(t, h, "GET", "/api/events?from=2025", nil), http.StatusOK, &evl)
	if evl.Total != 0 {
		t.Fatalf("events from 2025: %+v", evl)
	}

	var sr store.SearchResult
	decode(t, do(t, h, "GET", "/api/search?q=%D0%98%D0%B6%D0%B5%D0%B2%D1%81%D0%BA", nil), http.StatusOK, &sr) // q=Ижевск
	if len(sr.Documents) != 1 || len(sr.Entities) == 0 || !strings.Contains(sr.Documents[0].Snippet, store.MarkStart) {
		t.Fatalf("search: %+v", sr)
	}

	var inf info
	decode(t, do(t, h, "GET", "/api/info", nil), http.StatusOK, &inf)
	if !inf.Writable || inf.MaxBody != DefaultMaxBody {
		t.Fatalf("info: %+v", inf)
	}

	t.Run("export", func(t *testing.T) {
		w := do(t, h, "GET", fmt.Sprintf("/api/documents/%d/export", docID), nil)
		var dp store.DocumentPage
		decode(t, w, http.StatusOK, &dp)
		if dp.ID != docID || !strings.Contains(w.Header().Get("Content-Disposition"), "factgraph-document-") {
			t.Fatalf("json export: %d, %q", dp.ID, w.Header().Get("Content-Disposition"))
		}
		w = do(t, h, "GET", fmt.Sprintf("/api/documents/%d/export?format=jsonl", docID), nil)
		if w.Code != 200 || strings.Count(w.Body.String(), "\n") != 1 {
			t.Fatalf("jsonl export: %d, %d lines", w.Code, strings.Count(w.Body.String(), "\n"))
		}
		var ee entityExport
		decode(t, do(t, h, "GET", fmt.Sprintf("/api/entities/%d/export", shugaev), nil), http.StatusOK, &ee)
		if ee.Entity.ID != shugaev || len(ee.Documents) != 1 {
			t.Fatalf("entity export: %+v", ee.Entity)
		}

		w = do(t, h, "GET", fmt.Sprintf("/api/entities/%d/export?format=ftm", shugaev), nil)
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/x-ndjson") {
			t.Fatalf("ftm export: %d %q", w.Code, w.Header().Get("Content-Type"))
		}
		schemas := map[string]int{}
		var person ftm.Entity
		sc := bufio.NewScanner(w.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var e ftm.Entity
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
				t.Fatalf("ftm line %q: %v", sc.Text(), err)
			}
			if e.ID == "" || e.Schema == "" || len(e.Properties) == 0 {
				t.Fatalf("ftm entity %+v", e)
			}
			schemas[e.Schema]++
			if e.ID == ftmEntityID(shugaev) {
				person = e
			}
		}
		for _, s := range []string{"Article", "Person", "PublicBody", "Address", "Event", "Employment"} {
			if schemas[s] == 0 {
				t.Errorf("ftm export has no %s: %v", s, schemas)
			}
		}
		if person.Schema != "Person" || !slices.Contains(person.Properties["name"], "Дмитрий Шугаев") ||
			len(person.Properties["position"]) == 0 || len(person.Properties["proof"]) != 1 {
			t.Errorf("ftm person: %+v", person)
		}
	})
}

func TestErrors(t *testing.T) {
	h := New(openStore(t), fakeProcessor{}, Options{Token: testToken})
	for _, c := range []struct {
		method, target string
		status         int
		code           string
	}{
		{"GET", "/api/documents/999", 404, store.ENOTFOUND},
		{"GET", "/api/documents/abc", 400, store.EINVALID},
		{"GET", "/api/documents/-1", 400, store.EINVALID},
		{"GET", "/api/documents?limit=-1", 400, store.EINVALID},
		{"GET", "/api/documents?offset=x", 400, store.EINVALID},
		{"GET", "/api/documents?offset=99999999", 400, store.EINVALID},
		{"GET", "/api/documents/999/export", 404, store.ENOTFOUND},
		{"GET", "/api/documents/1/export?format=xml", 400, store.EINVALID},
		{"GET", "/api/entities/999", 404, store.ENOTFOUND},
		{"GET", "/api/entities/999/graph", 404, store.ENOTFOUND},
		{"GET", "/api/entities/1/graph?depth=3", 400, store.EINVALID},
		{"GET", "/api/entities/999/export?format=ftm", 404, store.ENOTFOUND},
		{"GET", "/api/entities?type=<script>", 400, store.EINVALID},
		{"GET", "/api/relations?entity=0", 400, store.EINVALID},
		{"GET", "/api/relations?entity=999", 404, store.ENOTFOUND},
		{"GET", "/api/events?from=yesterday", 400, store.EINVALID},
		{"GET", "/api/events?doc=999", 404, store.ENOTFOUND},
		{"GET", "/api/search", 400, store.EINVALID},
		{"GET", "/api/search?q=%2B%2B%2B", 400, store.EINVALID},
		{"GET", "/api/nope", 404, store.ENOTFOUND},
		{"DELETE", "/api/documents", 405, EMETHOD},
		{"PUT", "/api/documents/1", 405, EMETHOD},
		{"POST", "/", 405, EMETHOD},
	} {
		t.Run(c.method+" "+c.target, func(t *testing.T) {
			w := do(t, h, c.method, c.target, nil)
			wantError(t, w, c.status, c.code)
			if c.status == 405 && w.Header().Get("Allow") == "" {
				t.Errorf("405 without Allow")
			}
		})
	}
	// HEAD is served like GET.
	if w := do(t, h, "HEAD", "/api/documents", nil); w.Code != 200 {
		t.Errorf("HEAD /api/documents: %d", w.Code)
	}
}

func TestStatusOf(t *testing.T) {
	for code, status := range map[string]int{
		store.ENOTFOUND: 404, store.EINVALID: 400, store.ECONFLICT: 409, store.EINTERNAL: 500,
		EUNAUTHORIZED: 401, EFORBIDDEN: 403, EMETHOD: 405, ETOOLARGE: 413, EMEDIATYPE: 415,
		ETIMEOUT: 503, EUNAVAILABLE: 503, "something else": 500,
	} {
		if got := statusOf(code); got != status {
			t.Errorf("statusOf(%q) = %d, want %d", code, got, status)
		}
	}
}

func TestAuth(t *testing.T) {
	body := []byte(`{"text":"Иван Петров приехал в Москву."}`)
	post := func(h http.Handler, auth string) *httptest.ResponseRecorder {
		hd := []string{"Content-Type", "application/json"}
		if auth != "" {
			hd = append(hd, "Authorization", auth)
		}
		return do(t, h, "POST", "/api/documents", body, hd...)
	}
	st := openStore(t)
	readOnly := New(st, fakeProcessor{}, Options{})
	wantError(t, post(readOnly, ""), 403, EFORBIDDEN)
	wantError(t, post(readOnly, "Bearer anything"), 403, EFORBIDDEN)
	wantError(t, post(New(st, nil, Options{Token: testToken}), "Bearer "+testToken), 403, EFORBIDDEN)

	h := New(st, fakeProcessor{}, Options{Token: testToken})
	w := post(h, "")
	wantError(t, w, 401, EUNAUTHORIZED)
	if !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("401 without WWW-Authenticate: Bearer")
	}
	wantError(t, post(h, "Bearer wrong"), 401, EUNAUTHORIZED)
	wantError(t, post(h, "Bearer "+testToken+"x"), 401, EUNAUTHORIZED)
	wantError(t, post(h, "Basic "+testToken), 401, EUNAUTHORIZED)
	wantError(t, post(h, testToken), 401, EUNAUTHORIZED)
	decode(t, post(h, "Bearer "+testToken), 201, nil)
}

func TestPostInput(t *testing.T) {
	h := New(openStore(t), fakeProcessor{}, Options{Token: testToken, MaxBody: 1024})
	auth := []string{"Authorization", "Bearer " + testToken}
	post := func(ct string, body []byte, target string) *httptest.ResponseRecorder {
		return do(t, h, "POST", target, body, append([]string{"Content-Type", ct}, auth...)...)
	}
	big := bytes.Repeat([]byte("слово "), 200)
	wantError(t, post("text/plain", big, "/api/documents"), 413, ETOOLARGE)
	// Without a Content-Length the limit still holds.
	r := httptest.NewRequest("POST", "/api/documents", struct{ *bytes.Reader }{bytes.NewReader(big)})
	r.ContentLength = -1
	r.Header.Set("Authorization", "Bearer "+testToken)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	wantError(t, w, 413, ETOOLARGE)

	for name, body := range map[string]string{
		"malformed":     `{"text": "abc"`,
		"not an object": `["abc"]`,
		"unknown field": `{"text":"abc","author":"x"}`,
		"two values":    `{"text":"abc"} {"text":"def"}`,
		"empty text":    `{"text":"  \n"}`,
		"no text":       `{"title":"t"}`,
		"bad date":      `{"text":"abc","date":"вчера"}`,
		"NUL":           `{"text":"a\u0000b"}`,
		"text number":   `{"text":42}`,
	} {
		t.Run(name, func(t *testing.T) {
			wantError(t, post("application/json", []byte(body), "/api/documents"), 400, store.EINVALID)
		})
	}
	wantError(t, post("text/plain", []byte{0xff, 0xfe, 'a'}, "/api/documents"), 400, store.EINVALID)
	wantError(t, post("image/png", []byte("abc"), "/api/documents"), 415, EMEDIATYPE)
	wantError(t, post("a/b/c;;", []byte("abc"), "/api/documents"), 415, EMEDIATYPE)

	// Plain text with the metadata in the query.
	var res PostResult
	decode(t, post("text/plain; charset=utf-8", []byte("Мария Иванова выступила."), "/api/documents?title=T&date=2024-05&url=https://e.org/x"), 201, &res)
	var p store.DocumentPage
	decode(t, do(t, h, "GET", res.Location, nil), 200, &p)
	if p.Title != "T" || p.Date != "2024-05" || p.URL != "https://e.org/x" || len(p.Entities) != 1 {
		t.Fatalf("plain text post: %+v", p.Document)
	}

	// A processor's refusal of the input is a 400, its failure a 500.
	h2 := New(openStore(t), fakeProcessor{err: fmt.Errorf("%w: too big", pipeline.ErrTooLarge)}, Options{Token: testToken})
	wantError(t, do(t, h2, "POST", "/api/documents", []byte("abc"), auth...), 400, store.EINVALID)
	h3 := New(openStore(t), fakeProcessor{err: errors.New("model exploded")}, Options{Token: testToken})
	w = do(t, h3, "POST", "/api/documents", []byte("abc"), auth...)
	wantError(t, w, 500, store.EINTERNAL)
	if strings.Contains(w.Body.String(), "exploded") {
		t.Errorf("the internal cause leaked: %s", w.Body.String())
	}
}

func TestTimeout(t *testing.T) {
	h := New(openStore(t), fakeProcessor{delay: 300 * time.Millisecond}, Options{Token: testToken, Timeout: 50 * time.Millisecond})
	w := do(t, h, "POST", "/api/documents", []byte("Иван"), "Authorization", "Bearer "+testToken)
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), `"code":"timeout"`) {
		t.Fatalf("timeout: %d %s", w.Code, w.Body.String())
	}
	time.Sleep(350 * time.Millisecond) // let the abandoned handler finish before the store closes
}

// TestInjection posts a text holding markup: the API returns it verbatim
// (as JSON strings), and the UI code has no way to parse data as markup.
func TestInjection(t *testing.T) {
	const evil = `<img src=x onerror="document.body.dataset.pwned=1"><script>alert(1)</script>`
	h := New(openStore(t), fakeProcessor{}, Options{Token: testToken})
	body, _ := json.Marshal(PostDocument{Text: evil + " и текст", Title: evil})
	var res PostResult
	decode(t, do(t, h, "POST", "/api/documents", body, "Content-Type", "application/json", "Authorization", "Bearer "+testToken), 201, &res)
	w := do(t, h, "GET", res.Location, nil)
	var p store.DocumentPage
	decode(t, w, 200, &p)
	if p.Text != evil+" и текст" || p.Title != evil || p.Entities[0].Name != `<img` {
		t.Fatalf("text not returned verbatim: %q, title %q", p.Text, p.Title)
	}
	if strings.Contains(w.Body.String(), "<script>") {
		t.Errorf("raw markup in the JSON body (it should be escaped as \\u003c): %s", w.Body.String())
	}
}

// TestAssetsAvoidMarkupSinks checks that the UI code never turns strings
// into markup or code.
func TestAssetsAvoidMarkupSinks(t *testing.T) {
	sinks := regexp.MustCompile(`innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setHTMLUnsafe|srcdoc|createContextualFragment`)
	err := fs.WalkDir(assetsFS, "assets", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := assetsFS.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, ".js") {
			for i, line := range strings.Split(string(b), "\n") {
				if sinks.MatchString(line) {
					t.Errorf("%s:%d: markup or code sink: %s", path, i+1, strings.TrimSpace(line))
				}
			}
		}
		if strings.HasSuffix(path, ".html") {
			html := string(b)
			if regexp.MustCompile(`<script(?:\s[^>]*)?>\s*\S`).MatchString(html) && !regexp.MustCompile(`<script[^>]*\ssrc=`).MatchString(html) {
				t.Errorf("%s: inline script", path)
			}
			for _, bad := range []string{" style=", " onclick=", " onload=", "<style"} {
				if strings.Contains(html, bad) {
					t.Errorf("%s: inline %q (the CSP forbids it)", path, bad)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestUIAndHeaders(t *testing.T) {
	h := New(openStore(t), nil, Options{})
	for _, c := range []struct{ path, ct, want string }{
		{"/", "text/html", `<script type="module" src="/app.js">`},
		{"/app.js", "text/javascript", "function el("},
		{"/graph.js", "text/javascript", "export function layout"},
		{"/style.css", "text/css", ".doctext"},
	} {
		w := do(t, h, "GET", c.path, nil)
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), c.ct) || !strings.Contains(w.Body.String(), c.want) {
			t.Errorf("GET %s: %d %q", c.path, w.Code, w.Header().Get("Content-Type"))
		}
	}
	w := do(t, h, "GET", "/api/documents", nil)
	csp := w.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
		t.Errorf("CSP allows inline code: %q", csp)
	}
	if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Header().Get("Referrer-Policy") == "" {
		t.Errorf("headers: %v", w.Header())
	}
	if w := do(t, h, "GET", "/nope.js", nil); w.Code != 404 {
		t.Errorf("GET /nope.js: %d", w.Code)
	}
}

func TestOpenAPI(t *testing.T) {
	s := newServer(openStore(t), nil, Options{})
	w := do(t, s.handler(), "GET", "/openapi.json", nil)
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
		Comps   struct {
			Schemas   map[string]json.RawMessage `json:"schemas"`
			Responses map[string]json.RawMessage `json:"responses"`
		} `json:"components"`
	}
	decode(t, w, 200, &spec)
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Fatalf("openapi %q", spec.OpenAPI)
	}
	routes := map[string]bool{}
	for _, rt := range s.routes {
		key := strings.ToLower(rt.method) + " " + rt.path
		routes[key] = true
		if _, ok := spec.Paths[rt.path][strings.ToLower(rt.method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", rt.method, rt.path)
		}
	}
	for p, ops := range spec.Paths {
		for m := range ops {
			if !routes[m+" "+p] {
				t.Errorf("openapi.json describes %s %s, which is not a route", m, p)
			}
		}
	}
	// Every reference resolves.
	for _, ref := range regexp.MustCompile(`"\$ref":\s*"#/components/(schemas|responses)/([^"]+)"`).FindAllStringSubmatch(w.Body.String(), -1) {
		var ok bool
		if ref[1] == "schemas" {
			_, ok = spec.Comps.Schemas[ref[2]]
		} else {
			_, ok = spec.Comps.Responses[ref[2]]
		}
		if !ok {
			t.Errorf("unresolved $ref %s/%s", ref[1], ref[2])
		}
	}
}

// FuzzPostDocument posts arbitrary bodies: the server must never panic
// nor answer 5xx, since the store does not fail here.
func FuzzPostDocument(f *testing.F) {
	for _, s := range []string{
		`{"text":"Иван Петров приехал в Москву.","title":"t","date":"2024-10-12"}`,
		`{"text":""}`, `{`, `null`, `[]`, `{"text":"a","date":"2024-13-45"}`,
		"Просто текст.", "\xff\xfe", "\x00", `{"text":"\ud800"}`,
	} {
		f.Add([]byte(s), true)
		f.Add([]byte(s), false)
	}
	st := openStore(f)
	h := New(st, fakeProcessor{}, Options{Token: testToken, MaxBody: 4096})
	f.Fuzz(func(t *testing.T, body []byte, asJSON bool) {
		ct := "text/plain"
		if asJSON {
			ct = "application/json"
		}
		w := do(t, h, "POST", "/api/documents", body, "Content-Type", ct, "Authorization", "Bearer "+testToken)
		if w.Code >= 500 {
			t.Fatalf("POST %q (%s): %d %s", body, ct, w.Code, w.Body.String())
		}
		var b errorBody
		if w.Code >= 400 && (json.Unmarshal(w.Body.Bytes(), &b) != nil || b.Error.Code == "") {
			t.Fatalf("error without a JSON body: %s", w.Body.String())
		}
	})
}

func TestCommand(t *testing.T) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	c := Flags(fs)
	db := filepath.Join(t.TempDir(), "serve.db")
	if err := fs.Parse([]string{"--db", db, "--addr", "127.0.0.1:0", "--timeout", "5s"}); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FACTGRAPH_TOKEN", "")
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, *c, out, io.Discard) }()
	var url string
	for i := 0; i < 200 && url == ""; i++ {
		time.Sleep(10 * time.Millisecond)
		if m := regexp.MustCompile(`http://\S+/`).FindString(out.String()); m != "" {
			url = m
		}
	}
	if url == "" {
		cancel()
		t.Fatalf("serve printed no URL: %q (%v)", out.String(), <-done)
	}
	resp, err := http.Get(url + "api/info")
	if err != nil {
		t.Fatal(err)
	}
	var inf info
	err = json.NewDecoder(resp.Body).Decode(&inf)
	resp.Body.Close()
	if err != nil || inf.Writable || !strings.Contains(out.String(), "read-only") {
		t.Fatalf("info %+v, %v; output %q", inf, err, out.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
}

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
