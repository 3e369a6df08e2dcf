package loadtest

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	neturl "net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/factgraph/factgraph/internal/cputime"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/postgres"
	"github.com/factgraph/factgraph/queue"
	"github.com/factgraph/factgraph/server"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/backend"
	"github.com/factgraph/factgraph/store/storegen"
	"github.com/factgraph/factgraph/worker"
)

// Defaults of ScaleOptions.
const (
	DefaultScaleDocs        = 300
	DefaultScalePrefill     = 1000
	DefaultScaleClients     = 4
	DefaultScaleRequests    = 20000
	DefaultBaselineRequests = 200
	DefaultScaleTimeout     = 10 * time.Minute
)

// ScaleOptions configure RunScale.
type ScaleOptions struct {
	// Queue is the NATS server (nats://127.0.0.1:PORT); each run uses a
	// stream of its own, deleted after it.
	Queue string `json:"-"`
	// Store is a PostgreSQL URL: each run uses a new schema in it, dropped
	// after it. "" means a new SQLite file per run, in a temporary folder.
	Store string `json:"-"`
	// Backend is "postgres" or "sqlite", filled by RunScale.
	Backend string `json:"backend"`
	// Workers lists the worker counts to run with, one run each.
	Workers []int `json:"workers"`
	// Docs is the number of generated texts published to the queue in each
	// run; Prefill the number of already-extracted documents
	// (storegen.Document) put straight into the store before, standing for
	// the documents a store already holds.
	Docs    int `json:"docs"`
	Prefill int `json:"prefill"`
	// Clients is the number of concurrent API clients during ingestion (0
	// means DefaultScaleClients, a negative number none: ingestion alone).
	// Requests caps their requests in a run; BaselineRequests are made
	// before the workers start, for the latencies without ingestion (0
	// means DefaultBaselineRequests, a negative number none).
	Clients          int `json:"clients"`
	Requests         int `json:"requests"`
	BaselineRequests int `json:"baseline_requests"`
	Seed             uint64
	// Data, MinSentences and MaxSentences are as in Options.
	Data         string `json:"data"`
	MinSentences int    `json:"min_sentences"`
	MaxSentences int    `json:"max_sentences"`
	// Timeout bounds each run.
	Timeout time.Duration `json:"timeout"`
	JSON    bool          `json:"-"`
}

func (o *ScaleOptions) defaults() {
	if len(o.Workers) == 0 {
		o.Workers = []int{1, 2, 4}
	}
	if o.Docs <= 0 {
		o.Docs = DefaultScaleDocs
	}
	if o.Prefill < 0 {
		o.Prefill = 0
	}
	switch {
	case o.Clients == 0:
		o.Clients = DefaultScaleClients
	case o.Clients < 0:
		o.Clients = 0 // ingestion alone
	}
	if o.Requests <= 0 {
		o.Requests = DefaultScaleRequests
	}
	switch {
	case o.BaselineRequests == 0:
		o.BaselineRequests = DefaultBaselineRequests
	case o.BaselineRequests < 0:
		o.BaselineRequests = 0
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultScaleTimeout
	}
	if o.MinSentences <= 0 {
		o.MinSentences = DefaultMinSentences
	}
	if o.MaxSentences < o.MinSentences {
		o.MaxSentences = max(DefaultMaxSentences, o.MinSentences)
	}
	o.Backend = "sqlite"
	if backend.IsURL(o.Store) {
		o.Backend = "postgres"
	}
}

// ScaleRun is what one run measured.
type ScaleRun struct {
	Workers int `json:"workers"`
	// Before and Stored are the numbers of documents in the store at the
	// start and at the end of the run.
	Before int `json:"before"`
	Stored int `json:"stored"`
	// Publish is the time to publish the documents, before the workers
	// start.
	Publish          time.Duration `json:"publish"`
	PublishPerSecond float64       `json:"publish_per_second"`
	// Ingest is the time from the workers' start until every document was
	// stored and acknowledged; DocsPerSecond the rate.
	Ingest        time.Duration `json:"ingest"`
	DocsPerSecond float64       `json:"docs_per_second"`
	// Tenths are the rates (docs/s) of each tenth of the documents, in
	// order: a falling rate means that storing costs more as the store
	// grows.
	Tenths []float64 `json:"tenths"`
	// CPUPerDoc is the CPU time this process used during ingestion
	// (workers, API server and clients; not PostgreSQL's or NATS's) per
	// document stored: unlike the rates, it does not fall when other
	// programs share the cores.
	CPUPerDoc time.Duration `json:"cpu_per_doc"`
	// Worker counts summed over the workers.
	Worker worker.Stats `json:"worker"`
	// Baseline holds the API latencies before ingestion, Search and Entity
	// those during ingestion; RequestsPerSecond is the API's rate during
	// ingestion.
	BaselineSearch    Latency `json:"baseline_search"`
	BaselineEntity    Latency `json:"baseline_entity"`
	Search            Latency `json:"search"`
	Entity            Latency `json:"entity"`
	RequestsPerSecond float64 `json:"requests_per_second"`
	TimedOut          bool    `json:"timed_out"`
}

// ScaleReport is what RunScale measured.
type ScaleReport struct {
	Options   ScaleOptions `json:"options"`
	Machine   Machine      `json:"machine"`
	Sentences int          `json:"sentences"`
	// Prefill is the time it took to put the prefill documents in.
	Prefill time.Duration `json:"prefill"`
	// Bytes is the size of the texts published, all runs together.
	Bytes int64      `json:"bytes"`
	Runs  []ScaleRun `json:"runs"`
}

// RunScale measures ingestion through the work queue with each worker
// count of opt.Workers, while opt.Clients API clients query the store. For
// each count it makes a new store (a PostgreSQL schema or an SQLite file),
// puts opt.Prefill generated documents in it, publishes opt.Docs texts made
// from the NEREL sentences to a new stream, measures the API alone, then
// starts the workers — in this process, each with its own NATS connection
// and, on PostgreSQL, its own connection pool, as separate worker processes
// would have — and the clients, until every text is stored. Everything
// stays on loopback; every loop is bounded by count and by opt.Timeout.
func RunScale(ctx context.Context, opt ScaleOptions, out io.Writer) (ScaleReport, error) {
	opt.defaults()
	rep := ScaleReport{Options: opt, Machine: machine()}
	if opt.Queue == "" {
		return rep, errors.New("loadtest: no NATS server given (--queue nats://…)")
	}
	pool, err := SentencePool(opt.Data)
	if err != nil {
		return rep, err
	}
	rep.Sentences = len(pool)
	p, err := pipeline.New()
	if err != nil {
		return rep, err
	}
	ss, err := newScaleStore(ctx, opt)
	if err != nil {
		return rep, err
	}
	defer ss.cleanup()
	st, err := ss.open(ctx)
	if err != nil {
		return rep, err
	}
	defer st.Close()
	fmt.Fprintf(out, "loadtest: putting %d generated documents into a new %s store\n", opt.Prefill, opt.Backend)
	t0 := time.Now()
	if err := prefill(ctx, st, opt); err != nil {
		return rep, err
	}
	rep.Prefill = time.Since(t0)
	fmt.Fprintf(out, "loadtest: %d documents in %s; %d texts per run from %d sentences; %d API clients; workers %v\n",
		opt.Prefill, rep.Prefill.Round(time.Second), opt.Docs, len(pool), opt.Clients, opt.Workers)
	g := NewGenerator(pool, opt.Seed, opt.MinSentences, opt.MaxSentences)
	for i, n := range opt.Workers {
		docs := make([]queue.Doc, opt.Docs)
		for k := range docs {
			d := g.Next()
			docs[k] = queue.NewDoc([]byte(d.Text), store.Meta{Title: d.Title, Date: d.Date, Source: d.Source})
			rep.Bytes += int64(len(d.Text))
		}
		run, err := scaleRun(ctx, opt, i, n, docs, p, ss, st)
		if err != nil {
			return rep, err
		}
		rep.Runs = append(rep.Runs, run)
		fmt.Fprintf(out, "loadtest: %d workers: %d docs in %s, %.1f docs/s, CPU %s/doc; search p50 %s p99 %s, entity p50 %s p99 %s (%d+%d requests)\n",
			n, len(docs), run.Ingest.Round(time.Millisecond), run.DocsPerSecond, ms(run.CPUPerDoc), ms(run.Search.P50), ms(run.Search.P99),
			ms(run.Entity.P50), ms(run.Entity.P99), run.Search.Requests, run.Entity.Requests)
	}
	rep.Machine.LoadAfter = loadAvg()
	if opt.JSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return rep, enc.Encode(rep)
	}
	return rep, rep.WriteText(out)
}

// scaleStore makes the store of one run and opens handles on it.
type scaleStore struct {
	open    func(ctx context.Context) (store.Store, error)
	cleanup func()
}

func newScaleStore(ctx context.Context, opt ScaleOptions) (*scaleStore, error) {
	if opt.Backend == "sqlite" {
		dir, err := os.MkdirTemp("", "factgraph-scale-")
		if err != nil {
			return nil, err
		}
		path := filepath.Join(dir, "store.db")
		var (
			mu sync.Mutex
			db *sqlite.DB
		)
		// One handle shared by every user: SQLite has one writer anyway.
		return &scaleStore{
			open: func(context.Context) (store.Store, error) {
				mu.Lock()
				defer mu.Unlock()
				if db == nil {
					var err error
					if db, err = sqlite.Open(path); err != nil {
						return nil, err
					}
				}
				return nopClose{db}, nil
			},
			cleanup: func() {
				if db != nil {
					db.Close()
				}
				os.RemoveAll(dir)
			},
		}, nil
	}
	admin, err := pgxpool.New(ctx, opt.Store)
	if err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	b := make([]byte, 4)
	rand.Read(b)
	schema := "loadtest_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		return nil, fmt.Errorf("loadtest: create schema: %w", err)
	}
	u, err := neturl.Parse(opt.Store)
	if err != nil {
		admin.Close()
		return nil, err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return &scaleStore{
		open: func(ctx context.Context) (store.Store, error) { return postgres.Open(ctx, u.String()) },
		cleanup: func() {
			admin.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			admin.Close()
		},
	}, nil
}

type nopClose struct{ store.Store }

func (nopClose) Close() error { return nil }

// scaleRun is one run of RunScale with n workers.
func scaleRun(ctx context.Context, opt ScaleOptions, idx, n int, docs []queue.Doc, p *pipeline.Pipeline, ss *scaleStore, st store.Store) (ScaleRun, error) {
	run := ScaleRun{Workers: n}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	var err error
	if run.Before, err = count(ctx, st); err != nil {
		return run, err
	}

	b := make([]byte, 4)
	rand.Read(b)
	id := hex.EncodeToString(b)
	qcfg := queue.Config{URL: opt.Queue, Name: "factgraph-loadtest", Stream: "LOADTEST_" + strings.ToUpper(id),
		Subject: "loadtest." + id + ".documents"}
	q, err := queue.Open(ctx, qcfg)
	if err != nil {
		return run, err
	}
	defer func() { q.DeleteStream(context.Background()); q.Close() }()
	start := time.Now()
	for _, d := range docs {
		if _, err := q.Publish(ctx, d); err != nil {
			return run, err
		}
	}
	run.Publish = time.Since(start)
	run.PublishPerSecond = float64(len(docs)) / run.Publish.Seconds()

	// The API: its own store handle, as a separate server process would.
	api, err := ss.open(ctx)
	if err != nil {
		return run, err
	}
	defer api.Close()
	var reqs []request
	if opt.Clients > 0 {
		if reqs, _, err = sample(ctx, api, Options{Seed: opt.Seed + uint64(idx), Requests: opt.Requests/2 + opt.BaselineRequests}); err != nil {
			return run, err
		}
	}
	srv := httptest.NewServer(server.New(api, nil, server.Options{}))
	defer srv.Close()
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: max(opt.Clients, 1), MaxConnsPerHost: max(opt.Clients, 1)},
		Timeout:   server.DefaultTimeout + 5*time.Second,
	}
	defer client.CloseIdleConnections()
	nb := min(opt.BaselineRequests, len(reqs))
	base := hammer(ctx, client, srv.URL, reqs[:nb], opt.Clients, nil)
	run.BaselineSearch, run.BaselineEntity = base.search, base.entity

	// The workers.
	wctx, stopWorkers := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var workers []*worker.Worker
	for i := 0; i < n; i++ {
		wq, err := queue.Open(ctx, qcfg)
		if err != nil {
			stopWorkers()
			wg.Wait()
			return run, err
		}
		defer wq.Close()
		c, err := wq.Consumer(ctx, pipeline.DefaultMaxBytes)
		if err != nil {
			stopWorkers()
			wg.Wait()
			return run, err
		}
		wst, err := ss.open(ctx)
		if err != nil {
			stopWorkers()
			wg.Wait()
			return run, err
		}
		defer wst.Close()
		w := worker.New(c, wst, p, worker.Options{Concurrency: 1, Wait: 500 * time.Millisecond,
			Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
		workers = append(workers, w)
		wg.Add(1)
		go func() { defer wg.Done(); w.Run(wctx) }()
	}
	start = time.Now()
	cpu0 := cputime.Process()
	done := make(chan struct{})
	loadDone := make(chan apiLoad, 1)
	go func() { loadDone <- hammer(ctx, client, srv.URL, reqs[nb:], opt.Clients, done) }()

	// Wait for the documents, noting when each tenth is stored.
	want := run.Before + len(docs)
	marks := make([]time.Duration, 0, 10)
	for {
		total, err := count(ctx, st)
		if err != nil && ctx.Err() == nil {
			close(done)
			stopWorkers()
			wg.Wait()
			return run, err
		}
		for len(marks) < 10 && total-run.Before >= (len(marks)+1)*len(docs)/10 {
			marks = append(marks, time.Since(start))
		}
		if total >= want {
			if in, err := q.Info(ctx); err == nil && in.Messages == 0 && in.AckPending == 0 {
				run.Stored = total
				break
			}
		}
		if ctx.Err() != nil {
			run.TimedOut, run.Stored = true, total
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	run.Ingest = time.Since(start)
	cpu := cputime.Process() - cpu0
	close(done)
	stopWorkers()
	wg.Wait()
	load := <-loadDone
	run.Search, run.Entity, run.RequestsPerSecond = load.search, load.entity, load.perSecond
	if n := run.Stored - run.Before; n > 0 {
		run.DocsPerSecond = float64(n) / run.Ingest.Seconds()
		run.CPUPerDoc = cpu / time.Duration(n)
	}
	prev := time.Duration(0)
	for k, m := range marks {
		n := (k+1)*len(docs)/10 - k*len(docs)/10
		if d := m - prev; d > 0 {
			run.Tenths = append(run.Tenths, float64(n)/d.Seconds())
		} else {
			run.Tenths = append(run.Tenths, 0)
		}
		prev = m
	}
	for _, w := range workers {
		s := w.Stats()
		run.Worker.Received += s.Received
		run.Worker.Stored += s.Stored
		run.Worker.Duplicates += s.Duplicates
		run.Worker.Retried += s.Retried
		run.Worker.Poison += s.Poison
		run.Worker.AckFailed += s.AckFailed
	}
	if run.TimedOut {
		return run, fmt.Errorf("loadtest: %d workers: %d of %d documents stored within %s", n, run.Stored-run.Before, len(docs), opt.Timeout)
	}
	return run, nil
}

// prefill puts opt.Prefill generated documents into st, four at a time.
func prefill(ctx context.Context, st store.Store, opt ScaleOptions) error {
	var next atomic.Int64
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= opt.Prefill || ctx.Err() != nil {
					errs <- ctx.Err()
					return
				}
				d, m := storegen.Document(opt.Seed, i)
				if _, err := st.PutDocument(ctx, d, m); err != nil {
					errs <- fmt.Errorf("loadtest: prefill: %w", err)
					return
				}
			}
		}()
	}
	var err error
	for g := 0; g < 4; g++ {
		err = errors.Join(err, <-errs)
	}
	return err
}

func count(ctx context.Context, st store.Store) (int, error) {
	l, err := st.Documents(ctx, store.ListOptions{Limit: 1})
	if err != nil {
		return 0, err
	}
	return l.Total, nil
}

// apiLoad is what hammer measured.
type apiLoad struct {
	search, entity Latency
	perSecond      float64
}

// hammer makes the requests from clients goroutines until they are all
// made, ctx is done or stop is closed, and summarizes the latencies.
func hammer(ctx context.Context, client *http.Client, base string, reqs []request, clients int, stop <-chan struct{}) apiLoad {
	took := make([]time.Duration, len(reqs))
	failed := make([]bool, len(reqs))
	done := make([]bool, len(reqs))
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				select {
				case <-stop:
					return
				default:
				}
				i := int(next.Add(1) - 1)
				if i >= len(reqs) {
					return
				}
				t0 := time.Now()
				ok := get(ctx, client, base+reqs[i].path)
				if ctx.Err() != nil && !ok {
					return
				}
				took[i], failed[i], done[i] = time.Since(t0), !ok, true
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	search, entity, n := tally(reqs, done, failed, took)
	l := apiLoad{search: search, entity: entity}
	if elapsed > 0 {
		l.perSecond = float64(n) / elapsed.Seconds()
	}
	return l
}

// WriteText writes the report for people.
func (r ScaleReport) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	m := r.Machine
	fmt.Fprintf(bw, "machine     %s/%s, %d CPUs, GOMAXPROCS %d, %s; %s\n", m.GOOS, m.GOARCH, m.CPUs, m.GOMAXPROCS, m.Model, m.GoVersion)
	fmt.Fprintf(bw, "load avg    before %s, after %s\n", m.LoadBefore, m.LoadAfter)
	o := r.Options
	fmt.Fprintf(bw, "documents   %d texts per run (%.1f MB in all, seed %d), into one %s store prefilled with %d documents (in %s); %d API clients\n",
		o.Docs, float64(r.Bytes)/1e6, o.Seed, o.Backend, o.Prefill, r.Prefill.Round(time.Second), o.Clients)
	fmt.Fprintln(bw, "workers  in store  publish/s  ingest docs/s  CPU/doc  (tenths)                                  search p50/p99      entity p50/p99      idle search p50/p99  idle entity p50/p99  req/s  retried")
	for _, run := range r.Runs {
		tenths := make([]string, len(run.Tenths))
		for i, t := range run.Tenths {
			tenths[i] = strconv.FormatFloat(t, 'f', 0, 64)
		}
		fmt.Fprintf(bw, "%7d  %8d  %9.0f  %13.1f  %7s  %-40s  %8s/%-9s %8s/%-9s %8s/%-9s  %8s/%-9s  %5.1f  %d\n",
			run.Workers, run.Before, run.PublishPerSecond, run.DocsPerSecond, ms(run.CPUPerDoc), "("+strings.Join(tenths, " ")+")",
			ms(run.Search.P50), ms(run.Search.P99), ms(run.Entity.P50), ms(run.Entity.P99),
			ms(run.BaselineSearch.P50), ms(run.BaselineSearch.P99), ms(run.BaselineEntity.P50), ms(run.BaselineEntity.P99),
			run.RequestsPerSecond, run.Worker.Retried)
	}
	return bw.Flush()
}
