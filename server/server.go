// Package server is factgraph's HTTP server: a JSON API over a store.Store
// (documents, entities, relations, events, search, graphs, exports and the
// ingestion of new texts) and the web UI, plain HTML, CSS and JavaScript
// embedded from assets/ and served at /.
//
// Errors travel as *store.Error with a code and a user-facing message; one
// function maps codes to HTTP statuses, and every error response has the
// body {"error":{"code":"…","message":"…"}}. Writes (POST /api/documents)
// need "Authorization: Bearer TOKEN" and are disabled when the server has no
// token. Request bodies are capped (413), every request has a deadline, and
// lists are paged with capped limits. The API is described by the OpenAPI 3
// document served at /openapi.json; docs/server.md summarizes it.
package server

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
)

// Processor turns a text into a document; *pipeline.Pipeline is one.
// Process must be safe for concurrent use.
type Processor interface {
	Process(source string, data []byte) (*doc.Document, error)
}

// DatedProcessor is a Processor that resolves relative dates («вчера», «12
// октября») against a document's publication date; *pipeline.Pipeline is
// one. The server uses it when a posted document has a full date.
type DatedProcessor interface {
	Processor
	ProcessDated(source string, data []byte, date time.Time) (*doc.Document, error)
}

// Defaults of Options.
const (
	DefaultMaxBody = 10 << 20 // bytes of a request body
	DefaultTimeout = 30 * time.Second
)

// Options configure the server. The zero value is usable: no token (writes
// disabled), DefaultMaxBody, DefaultTimeout, no logging.
type Options struct {
	// Token is the bearer token that POST /api/documents requires. Empty
	// disables writes: every write is refused with 403.
	Token string
	// MaxBody caps the size of a request body; larger ones get 413. 0
	// means DefaultMaxBody.
	MaxBody int64
	// Timeout bounds the handling of one request; a request over it gets
	// 503 with the code "timeout". 0 means DefaultTimeout.
	Timeout time.Duration
	// Log receives one line per request and the causes of internal
	// errors; nil discards them.
	Log *slog.Logger
}

//go:embed assets
var assetsFS embed.FS

//go:embed openapi.json
var openAPI []byte

// route is one endpoint: a method on a path pattern of http.ServeMux.
type route struct {
	method string
	path   string
	handle func(w http.ResponseWriter, r *http.Request) error
}

// server holds what the handlers share.
type server struct {
	st     store.Store
	p      Processor
	opt    Options
	log    *slog.Logger
	routes []route
	// busy bounds the texts being processed at once; a request that
	// cannot get a slot within its deadline fails with EUNAVAILABLE.
	busy chan struct{}
}

// New returns the HTTP handler of the API and the web UI over st. p
// processes posted texts; with a nil p (or an empty Options.Token) the
// server is read-only.
func New(st store.Store, p Processor, opt Options) http.Handler {
	return newServer(st, p, opt).handler()
}

func newServer(st store.Store, p Processor, opt Options) *server {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &server{st: st, p: p, opt: opt, log: log, busy: make(chan struct{}, runtime.GOMAXPROCS(0))}
	s.routes = []route{
		{"GET", "/api/info", s.getInfo},
		{"GET", "/api/documents", s.listDocuments},
		{"POST", "/api/documents", s.postDocument},
		{"GET", "/api/documents/{id}", s.getDocument},
		{"GET", "/api/documents/{id}/export", s.exportDocument},
		{"GET", "/api/entities", s.listEntities},
		{"GET", "/api/entities/types", s.entityTypes},
		{"GET", "/api/entities/{id}", s.getEntity},
		{"GET", "/api/entities/{id}/mentions", entityItems(st.Mentions, func(l *store.MentionList, p page) any { return mentionList{l, p} })},
		{"GET", "/api/entities/{id}/sources", entityItems(st.Sources, func(l *store.SourceList, p page) any { return sourceList{l, p} })},
		{"GET", "/api/entities/{id}/graph", s.getGraph},
		{"GET", "/api/entities/{id}/export", s.exportEntity},
		{"GET", "/api/relations", s.listRelations},
		{"GET", "/api/events", s.listEvents},
		{"GET", "/api/search", s.search},
		{"GET", "/openapi.json", s.getOpenAPI},
	}
	return s
}

// handler builds the mux and wraps it in the middleware: security headers,
// recovery from panics, the request deadline and logging.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	byPath := map[string][]route{}
	var paths []string
	for _, rt := range s.routes {
		if _, ok := byPath[rt.path]; !ok {
			paths = append(paths, rt.path)
		}
		byPath[rt.path] = append(byPath[rt.path], rt)
	}
	for _, p := range paths {
		mux.Handle(p, s.dispatch(byPath[p]))
	}
	mux.Handle("/api/", s.apiHandler(func(w http.ResponseWriter, r *http.Request) error {
		return store.Errorf(store.ENOTFOUND, "no API endpoint %s", r.URL.Path)
	}))
	assets, err := fs.Sub(assetsFS, "assets")
	if err != nil { // cannot happen: the directory is embedded
		panic(fmt.Sprintf("server: embedded assets: %v", err))
	}
	files := http.FileServerFS(assets)
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.writeError(w, r, store.Errorf(EMETHOD, "%s is not allowed on %s", r.Method, r.URL.Path))
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	}))
	timeoutBody := string(errorJSON(ETIMEOUT, fmt.Sprintf("The request took longer than %v.", s.opt.Timeout)))
	var h http.Handler = http.TimeoutHandler(mux, s.opt.Timeout, timeoutBody)
	h = s.recoverer(h)
	h = s.logger(h)
	return securityHeaders(h)
}

// dispatch serves one path: the route of the request's method, or 405
// with an Allow header. HEAD is served like GET.
func (s *server) dispatch(rts []route) http.Handler {
	allow := make([]string, 0, len(rts)+1)
	for _, rt := range rts {
		allow = append(allow, rt.method)
		if rt.method == http.MethodGet {
			allow = append(allow, http.MethodHead)
		}
	}
	return s.apiHandler(func(w http.ResponseWriter, r *http.Request) error {
		m := r.Method
		if m == http.MethodHead {
			m = http.MethodGet
		}
		for _, rt := range rts {
			if rt.method == m {
				return rt.handle(w, r)
			}
		}
		w.Header().Set("Allow", strings.Join(allow, ", "))
		return store.Errorf(EMETHOD, "%s is not allowed on %s", r.Method, r.URL.Path)
	})
}

// apiHandler adapts a handler that returns an error: the error is written
// as JSON with the status of its code.
func (s *server) apiHandler(f func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			if r.Context().Err() != nil && store.ErrorCode(err) == store.EINTERNAL {
				// The deadline passed; http.TimeoutHandler has answered.
				s.log.Warn("request abandoned", "path", r.URL.Path, "err", err)
				return
			}
			s.writeError(w, r, err)
		}
	})
}

// securityHeaders sets the headers every response carries. The content
// security policy allows scripts, styles, images and fetches from the
// server itself only, and no inline script or style.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "+
			"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "+
			"frame-ancestors 'none'; form-action 'self'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// recoverer turns a panic in a handler into a 500 response and a log
// line, so that one bad request cannot stop the server.
func (s *server) recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.writeError(w, r, store.Internal("handle request", fmt.Errorf("panic: %v", v)))
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status a handler wrote, for the log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// logger logs one line per request: method, path, status, size, duration.
func (s *server) logger(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Int64("bytes", rec.bytes),
			slog.Duration("elapsed", time.Since(start)))
	})
}

// getOpenAPI serves the OpenAPI 3 description of the API.
func (s *server) getOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, err := w.Write(openAPI)
	return err
}
