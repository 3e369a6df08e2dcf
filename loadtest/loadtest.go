// Package loadtest measures factgraph's knowledge store under load. It
// generates documents by recombining the sentences of NEREL texts
// (deterministically, from a seed), ingests them through the real pipeline
// into an SQLite store on all cores, then serves the store with the HTTP
// server over loopback and times search and entity-page requests made by
// concurrent clients. The result is a Report: documents per second, store
// size on disk and request latencies (p50, p90, p99).
//
// docs/bench-store.md records the figures of a 10 000-document run.
package loadtest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/factgraph/factgraph/ingest"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/server"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/backend"
	"github.com/factgraph/factgraph/tokenize"
)

// Defaults of Options.
const (
	DefaultDocs         = 10000
	DefaultClients      = 8
	DefaultRequests     = 1000
	DefaultTimeout      = 2 * time.Minute
	DefaultMinSentences = 5
	DefaultMaxSentences = 30
)

// Options configure Run. Zero values take the defaults above.
type Options struct {
	// Docs is the number of documents to generate and ingest.
	Docs int `json:"docs"`
	// Clients is the number of concurrent HTTP clients.
	Clients int `json:"clients"`
	// Requests is the number of requests of each kind (search, entity
	// page).
	Requests int `json:"requests"`
	// Seed makes the documents and the requests reproducible.
	Seed uint64 `json:"seed"`
	// Data is the shared data folder holding nerel/train and nerel/dev,
	// whose texts give the sentences.
	Data string `json:"data"`
	// DBPath is the SQLite file to ingest into; "" means a temporary file,
	// removed at the end. Texts already in an existing store are counted
	// as duplicates and not processed again.
	DBPath string `json:"db_path,omitempty"`
	// Workers is the number of documents processed in parallel; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int `json:"workers"`
	// Timeout bounds the request phase; requests not made by then are not
	// made.
	Timeout time.Duration `json:"timeout"`
	// MinSentences and MaxSentences bound the length of a document.
	MinSentences int `json:"min_sentences"`
	MaxSentences int `json:"max_sentences"`
	// JSON makes Run print the report as JSON instead of text.
	JSON bool `json:"-"`

	// Queue, when set, selects the scale test (RunScale through
	// ScaleOptions): ingestion through the NATS work queue at this URL with
	// each count of QueueWorkers workers (a comma-separated list) into a
	// store holding Prefill documents; DBPath may then be a PostgreSQL URL.
	Queue        string `json:"-"`
	QueueWorkers string `json:"-"`
	Prefill      int    `json:"-"`
}

// ScaleOptions returns the options of RunScale that o describes: Docs texts
// per run (DefaultScaleDocs when 0), 2·Requests requests at most in a run
// (DefaultScaleRequests when 0), no API clients when Clients is 0, DBPath
// as the store (a PostgreSQL URL, or "" for SQLite files).
func (o Options) ScaleOptions() (ScaleOptions, error) {
	so := ScaleOptions{Queue: o.Queue, Store: o.DBPath, Docs: o.Docs, Prefill: o.Prefill, Clients: o.Clients,
		Requests: 2 * o.Requests, Seed: o.Seed, Data: o.Data, MinSentences: o.MinSentences, MaxSentences: o.MaxSentences,
		Timeout: o.Timeout, JSON: o.JSON}
	if so.Clients == 0 {
		so.Clients = -1 // --clients 0: ingestion alone
	}
	if so.Store != "" && !backend.IsURL(so.Store) {
		return so, fmt.Errorf("loadtest: with --queue, --db must be a postgres:// URL (a schema per run) or empty (an SQLite file per run)")
	}
	if so.Prefill < 1 {
		return so, fmt.Errorf("loadtest: --prefill must be at least 1: the API clients need documents to ask for")
	}
	for _, f := range strings.Split(o.QueueWorkers, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 64 {
			return so, fmt.Errorf("loadtest: --queue-workers %q: want a list of worker counts such as 1,2,4", o.QueueWorkers)
		}
		so.Workers = append(so.Workers, n)
	}
	return so, nil
}

func (o *Options) defaults() {
	if o.Docs <= 0 {
		o.Docs = DefaultDocs
	}
	if o.Clients <= 0 {
		o.Clients = DefaultClients
	}
	if o.Requests <= 0 {
		o.Requests = DefaultRequests
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MinSentences <= 0 {
		o.MinSentences = DefaultMinSentences
	}
	if o.MaxSentences < o.MinSentences {
		o.MaxSentences = max(DefaultMaxSentences, o.MinSentences)
	}
}

// Flags registers the flags of `factgraph loadtest` on fs, with data as the
// default data folder, and returns the options they fill.
func Flags(fs *flag.FlagSet, data string) *Options {
	o := &Options{}
	fs.IntVar(&o.Docs, "docs", 0, fmt.Sprintf("documents to generate and ingest (default %d; with --queue, %d per run)", DefaultDocs, DefaultScaleDocs))
	fs.IntVar(&o.Clients, "clients", DefaultClients, "concurrent HTTP clients (with --queue, 0 for none: ingestion alone)")
	fs.IntVar(&o.Requests, "requests", 0, fmt.Sprintf("requests of each kind, search and entity page (default %d; with --queue, at most %d of each per run)", DefaultRequests, DefaultScaleRequests/2))
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the generated documents and requests")
	fs.StringVar(&o.Data, "data", data, "folder holding nerel/train and nerel/dev")
	fs.StringVar(&o.DBPath, "db", "", "SQLite file to ingest into (default: a temporary file, removed after); with --queue, a postgres:// URL (a schema per run) or empty (an SQLite file per run)")
	fs.StringVar(&o.Queue, "queue", "", "NATS server: measure ingestion through the work queue with --queue-workers workers (docs/scale.md)")
	fs.StringVar(&o.QueueWorkers, "queue-workers", "1,2,4", "with --queue, the worker counts to run with, one run each")
	fs.IntVar(&o.Prefill, "prefill", DefaultScalePrefill, "with --queue, generated documents put into the store before each run")
	fs.IntVar(&o.Workers, "workers", 0, "documents processed in parallel (default: all cores)")
	fs.DurationVar(&o.Timeout, "timeout", DefaultTimeout, "time limit of the request phase")
	fs.IntVar(&o.MinSentences, "min-sentences", DefaultMinSentences, "fewest sentences in a document")
	fs.IntVar(&o.MaxSentences, "max-sentences", DefaultMaxSentences, "most sentences in a document")
	fs.BoolVar(&o.JSON, "json", false, "print the report as JSON")
	return o
}

// Machine describes where a Report was measured.
type Machine struct {
	GOOS       string `json:"goos"`
	GOARCH     string `json:"goarch"`
	CPUs       int    `json:"cpus"`
	GOMAXPROCS int    `json:"gomaxprocs"`
	// Model is the CPU model name (from /proc/cpuinfo; "" elsewhere).
	Model string `json:"model,omitempty"`
	// LoadBefore and LoadAfter are the load averages (/proc/loadavg) at
	// the start and the end of the run.
	LoadBefore string `json:"load_before,omitempty"`
	LoadAfter  string `json:"load_after,omitempty"`
	GoVersion  string `json:"go_version"`
}

// Latency summarizes the requests of one kind.
type Latency struct {
	Kind string `json:"kind"`
	// Requests counts the requests made, Errors those that failed or did
	// not answer 200.
	Requests int `json:"requests"`
	Errors   int `json:"errors"`
	// Percentiles and extremes of the time to the last byte of the
	// answer.
	P50  time.Duration `json:"p50"`
	P90  time.Duration `json:"p90"`
	P99  time.Duration `json:"p99"`
	Max  time.Duration `json:"max"`
	Mean time.Duration `json:"mean"`
}

// Report is what Run measured.
type Report struct {
	Options Options `json:"options"`
	Machine Machine `json:"machine"`
	// Sentences is the size of the sentence pool; Bytes the size of the
	// generated texts.
	Sentences int   `json:"sentences"`
	Bytes     int64 `json:"bytes"`
	// Ingest is what ingestion did; DocsPerSecond and MBPerSecond its
	// rates (over the documents read).
	Ingest        ingest.Stats `json:"ingest"`
	DocsPerSecond float64      `json:"docs_per_second"`
	MBPerSecond   float64      `json:"mb_per_second"`
	// StoreBytes is the size on disk of the store after ingestion (the
	// database file with its -wal and -shm files), Documents the number
	// of documents in it.
	StoreBytes int64 `json:"store_bytes"`
	Documents  int   `json:"documents"`
	// Search and Entity are the request latencies; RequestsPerSecond the
	// rate of the request phase, Elapsed its duration.
	Search            Latency       `json:"search"`
	Entity            Latency       `json:"entity"`
	RequestsPerSecond float64       `json:"requests_per_second"`
	RequestElapsed    time.Duration `json:"request_elapsed"`
	// TimedOut is set when the request phase hit Options.Timeout.
	TimedOut bool `json:"timed_out"`
}

// Run generates opt.Docs documents from the sentences of the NEREL texts
// under opt.Data, ingests them with the pipeline into the SQLite store at
// opt.DBPath (or a temporary one), then makes opt.Requests search requests
// and opt.Requests entity-page requests from opt.Clients concurrent clients
// to the HTTP server on loopback. Progress and the report go to out.
func Run(ctx context.Context, opt Options, out io.Writer) (Report, error) {
	opt.defaults()
	rep := Report{Options: opt, Machine: machine()}
	pool, err := SentencePool(opt.Data)
	if err != nil {
		return rep, err
	}
	rep.Sentences = len(pool)
	fmt.Fprintf(out, "loadtest: %d sentences from %s; generating %d documents (seed %d, %d–%d sentences each)\n",
		len(pool), opt.Data, opt.Docs, opt.Seed, opt.MinSentences, opt.MaxSentences)

	path := opt.DBPath
	if path == "" {
		tmp, err := os.MkdirTemp("", "factgraph-loadtest-")
		if err != nil {
			return rep, err
		}
		defer os.RemoveAll(tmp)
		path = filepath.Join(tmp, "loadtest.db")
	}
	if err := ingestDocs(ctx, &rep, pool, path, out); err != nil {
		return rep, err
	}
	rep.StoreBytes = storeSize(path)
	fmt.Fprintf(out, "loadtest: ingested %d documents (%d stored, %d duplicates, %d failed) in %s: %.1f docs/s, %.2f MB/s; store %.1f MB\n",
		rep.Ingest.Read, rep.Ingest.Stored, rep.Ingest.Duplicates, rep.Ingest.Failed, rep.Ingest.Elapsed.Round(time.Millisecond),
		rep.DocsPerSecond, rep.MBPerSecond, float64(rep.StoreBytes)/1e6)

	db, err := sqlite.Open(path)
	if err != nil {
		return rep, err
	}
	defer db.Close()
	if err := requests(ctx, &rep, db, out); err != nil {
		return rep, err
	}
	rep.Machine.LoadAfter = loadAvg()
	if opt.JSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return rep, enc.Encode(rep)
	}
	return rep, rep.WriteText(out)
}

// ingestDocs streams the generated documents as JSON Lines into
// ingest.Run and fills the ingestion figures of rep.
func ingestDocs(ctx context.Context, rep *Report, pool []string, path string, out io.Writer) error {
	opt := rep.Options
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	db, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	pr, pw := io.Pipe()
	var bytes atomic.Int64
	go func() {
		bw := bufio.NewWriter(pw)
		enc := json.NewEncoder(bw)
		g := NewGenerator(pool, opt.Seed, opt.MinSentences, opt.MaxSentences)
		for i := 0; i < opt.Docs; i++ {
			d := g.Next()
			bytes.Add(int64(len(d.Text)))
			if err := enc.Encode(d); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.CloseWithError(bw.Flush())
	}()
	stats, err := ingest.Run(ctx, db, p, []string{"-"}, ingest.Options{
		Workers: opt.Workers, Progress: out, JSONL: true, Stdin: pr,
		LogEvery: max(opt.Docs/10, 100), LogInterval: 30 * time.Second,
	})
	pr.CloseWithError(errors.New("ingestion stopped"))
	if cerr := db.Close(); err == nil && cerr != nil {
		err = cerr
	}
	rep.Ingest = stats
	rep.Bytes = bytes.Load()
	if stats.Elapsed > 0 {
		rep.DocsPerSecond = stats.DocsPerSecond()
		rep.MBPerSecond = float64(rep.Bytes) / 1e6 / stats.Elapsed.Seconds()
	}
	if err != nil {
		return fmt.Errorf("loadtest: ingest: %w", err)
	}
	return nil
}

// storeSize sums the sizes of the SQLite file and its -wal and -shm files.
func storeSize(path string) int64 {
	var n int64
	for _, f := range []string{path, path + "-wal", path + "-shm"} {
		if st, err := os.Stat(f); err == nil {
			n += st.Size()
		}
	}
	return n
}

// request is one HTTP request of the load.
type request struct {
	kind int // 0 search, 1 entity page
	path string
}

// sample picks the targets of the requests from the store: the mentions of
// up to 300 random documents. Entity pages are requested for the entities
// of random mentions (so entities weigh by how often they are mentioned,
// as when readers click mentions), searches for the text of random
// mentions of names.
func sample(ctx context.Context, st store.Store, opt Options) ([]request, int, error) {
	list, err := st.Documents(ctx, store.ListOptions{Limit: 1})
	if err != nil {
		return nil, 0, err
	}
	total := list.Total
	if total == 0 {
		return nil, 0, errors.New("loadtest: the store holds no documents")
	}
	r := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))
	var entities []int64
	var queries []string
	for i := 0; i < min(300, total); i++ {
		l, err := st.Documents(ctx, store.ListOptions{Limit: 1, Offset: r.IntN(total)})
		if err != nil {
			return nil, 0, err
		}
		if len(l.Documents) == 0 {
			continue
		}
		page, err := st.Document(ctx, l.Documents[0].ID)
		if err != nil {
			return nil, 0, err
		}
		for _, m := range page.Mentions {
			entities = append(entities, m.EntityID)
			if k, _ := store.IdentityKey(m.Type, m.Text); k != "" && len(store.QueryTerms(m.Text)) <= 3 {
				queries = append(queries, m.Text)
			}
		}
	}
	if len(entities) == 0 || len(queries) == 0 {
		return nil, 0, errors.New("loadtest: no mentions to make requests from")
	}
	reqs := make([]request, 0, 2*opt.Requests)
	for i := 0; i < opt.Requests; i++ {
		q := queries[r.IntN(len(queries))]
		reqs = append(reqs,
			request{0, "/api/search?" + url.Values{"q": {q}}.Encode()},
			request{1, "/api/entities/" + strconv.FormatInt(entities[r.IntN(len(entities))], 10)})
	}
	return reqs, total, nil
}

// requests serves st over loopback and makes the sampled requests from
// opt.Clients goroutines, filling the latency figures of rep.
func requests(ctx context.Context, rep *Report, st store.Store, out io.Writer) error {
	opt := rep.Options
	reqs, total, err := sample(ctx, st, opt)
	if err != nil {
		return err
	}
	rep.Documents = total
	srv := httptest.NewServer(server.New(st, nil, server.Options{}))
	defer srv.Close()
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: opt.Clients, MaxConnsPerHost: opt.Clients},
		Timeout:   server.DefaultTimeout + 5*time.Second,
	}
	defer client.CloseIdleConnections()
	fmt.Fprintf(out, "loadtest: %d requests (search and entity pages alternating) from %d clients to %s (limit %s)\n",
		len(reqs), opt.Clients, srv.URL, opt.Timeout)

	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	took := make([]time.Duration, len(reqs))
	failed := make([]bool, len(reqs))
	done := make([]bool, len(reqs))
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < opt.Clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(reqs) {
					return
				}
				t0 := time.Now()
				ok := get(ctx, client, srv.URL+reqs[i].path)
				if ctx.Err() != nil && !ok {
					return // cut by the time limit: not counted
				}
				took[i], failed[i], done[i] = time.Since(t0), !ok, true
			}
		}()
	}
	wg.Wait()
	rep.RequestElapsed = time.Since(start)
	rep.TimedOut = ctx.Err() != nil
	search, entity, n := tally(reqs, done, failed, took)
	rep.Search, rep.Entity = search, entity
	if rep.RequestElapsed > 0 {
		rep.RequestsPerSecond = float64(n) / rep.RequestElapsed.Seconds()
	}
	return nil
}

// tally summarizes the requests that were done, by kind (search, entity
// page), and counts them.
func tally(reqs []request, done, failed []bool, took []time.Duration) (search, entity Latency, n int) {
	var byKind [2][]time.Duration
	var errs [2]int
	for i, r := range reqs {
		if !done[i] {
			continue
		}
		n++
		byKind[r.kind] = append(byKind[r.kind], took[i])
		if failed[i] {
			errs[r.kind]++
		}
	}
	return summarize("search", byKind[0], errs[0]), summarize("entity page", byKind[1], errs[1]), n
}

// get requests u and reads the whole answer; it reports whether the status
// was 200.
func get(ctx context.Context, c *http.Client, u string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return false
	}
	resp, err := c.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}

// summarize computes the percentiles of ds (nearest rank).
func summarize(kind string, ds []time.Duration, errs int) Latency {
	l := Latency{Kind: kind, Requests: len(ds), Errors: errs}
	if len(ds) == 0 {
		return l
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	l.Mean = sum / time.Duration(len(ds))
	l.P50, l.P90, l.P99 = Percentile(ds, 0.50), Percentile(ds, 0.90), Percentile(ds, 0.99)
	l.Max = ds[len(ds)-1]
	return l
}

// Percentile returns the q-quantile (0 < q ≤ 1) of sorted durations by the
// nearest-rank method: the smallest value with at least q of the values at
// or below it; 0 for no values.
func Percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	k := int(q*float64(len(sorted))+0.999999999) - 1
	return sorted[min(max(k, 0), len(sorted)-1)]
}

// WriteText writes the report for people.
func (r Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	m := r.Machine
	fmt.Fprintf(bw, "machine     %s/%s, %d CPUs, GOMAXPROCS %d, %s; %s\n", m.GOOS, m.GOARCH, m.CPUs, m.GOMAXPROCS, m.Model, m.GoVersion)
	fmt.Fprintf(bw, "load avg    before %s, after %s\n", m.LoadBefore, m.LoadAfter)
	fmt.Fprintf(bw, "documents   %d generated (seed %d, %d–%d sentences from a pool of %d), %.1f MB of text\n",
		r.Options.Docs, r.Options.Seed, r.Options.MinSentences, r.Options.MaxSentences, r.Sentences, float64(r.Bytes)/1e6)
	fmt.Fprintf(bw, "ingest      %d stored, %d duplicates, %d failed in %s with %d workers: %.1f docs/s, %.2f MB/s\n",
		r.Ingest.Stored, r.Ingest.Duplicates, r.Ingest.Failed, r.Ingest.Elapsed.Round(time.Millisecond), r.Options.Workers,
		r.DocsPerSecond, r.MBPerSecond)
	fmt.Fprintf(bw, "store       %.1f MB on disk for %d documents (%.1f KB/doc)\n", float64(r.StoreBytes)/1e6, r.Documents,
		float64(r.StoreBytes)/1e3/float64(max(r.Documents, 1)))
	timedOut := ""
	if r.TimedOut {
		timedOut = " (stopped at the time limit)"
	}
	fmt.Fprintf(bw, "requests    %d clients, %.1f requests/s over %s%s\n", r.Options.Clients, r.RequestsPerSecond,
		r.RequestElapsed.Round(time.Millisecond), timedOut)
	for _, l := range []Latency{r.Search, r.Entity} {
		fmt.Fprintf(bw, "  %-11s %5d requests, %d errors: p50 %s  p90 %s  p99 %s  max %s  mean %s\n", l.Kind, l.Requests, l.Errors,
			ms(l.P50), ms(l.P90), ms(l.P99), ms(l.Max), ms(l.Mean))
	}
	return bw.Flush()
}

func ms(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 1, 64) + " ms" }

// machine describes this machine now.
func machine() Machine {
	m := Machine{GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, CPUs: runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0), GoVersion: runtime.Version(), LoadBefore: loadAvg()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.Model = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}

// loadAvg returns the 1, 5 and 15 minute load averages, or "".
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// SentencePool reads the .txt files of data/nerel/train and data/nerel/dev
// (in name order) and returns their sentences (tokenize.Split) of three or
// more tokens and at most 1000 characters, in order, each with its inner
// line breaks turned into spaces.
func SentencePool(data string) ([]string, error) {
	var pool []string
	for _, split := range []string{"train", "dev"} {
		dir := filepath.Join(data, "nerel", split)
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("loadtest: %w", err)
		}
		var files []string
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
				files = append(files, filepath.Join(dir, e.Name()))
			}
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("loadtest: %w", err)
			}
			pool = append(pool, Sentences(string(b))...)
		}
	}
	if len(pool) == 0 {
		return nil, fmt.Errorf("loadtest: no sentences in %s/nerel/{train,dev}", data)
	}
	return pool, nil
}

// Sentences splits a text into sentences as SentencePool keeps them.
func Sentences(text string) []string {
	runes := []rune(text)
	var out []string
	for _, s := range tokenize.Split(text) {
		if len(s.Tokens) < 3 || s.End-s.Start > 1000 || s.End > len(runes) {
			continue
		}
		out = append(out, strings.Join(strings.Fields(string(runes[s.Start:s.End])), " "))
	}
	return out
}

// Doc is one generated document, in the JSON Lines form ingest reads.
type Doc struct {
	Text   string `json:"text"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
}

// Generator makes documents from a sentence pool: each is MinSentences to
// MaxSentences sentences drawn at random (with replacement), in paragraphs
// of one to four sentences, titled by its first sentence and dated between
// 2015 and 2024. The same pool and seed give the same documents. Offsets
// are no concern: the texts are new and the pipeline finds everything in
// them afresh.
type Generator struct {
	pool     []string
	r        *rand.Rand
	min, max int
	n        int
}

// NewGenerator returns a Generator over pool (which must not be empty)
// drawing minSents to maxSents sentences per document.
func NewGenerator(pool []string, seed uint64, minSents, maxSents int) *Generator {
	return &Generator{pool: pool, r: rand.New(rand.NewPCG(seed, seed^0xfac7)), min: minSents, max: max(maxSents, minSents)}
}

// Next returns the next document.
func (g *Generator) Next() Doc {
	g.n++
	n := g.min + g.r.IntN(g.max-g.min+1)
	var b strings.Builder
	title := ""
	para := 0
	for i := 0; i < n; i++ {
		s := g.pool[g.r.IntN(len(g.pool))]
		if i == 0 {
			title = s
		}
		switch {
		case i == 0:
		case para == 0:
			b.WriteString("\n\n")
		default:
			b.WriteByte(' ')
		}
		b.WriteString(s)
		para++
		if para >= 1+g.r.IntN(4) {
			para = 0
		}
	}
	if utf8.RuneCountInString(title) > 120 {
		title = string([]rune(title)[:120]) + "…"
	}
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(3652))
	return Doc{Text: b.String(), Title: title, Date: day.Format("2006-01-02"), Source: "loadtest-" + strconv.Itoa(g.n)}
}
