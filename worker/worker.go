// Package worker is the loop of `factgraph worker`: it pulls documents from
// the queue (package queue), runs them through the pipeline and stores them,
// acknowledging each message only after the store has committed it.
//
// What happens to a message:
//
//   - its text is already stored (same SHA-256): acknowledged, nothing
//     written — a redelivery after a worker died between commit and
//     acknowledgement, or a text published twice;
//   - stored: acknowledged after the commit;
//   - the store failed (connection lost, disk full, a conflicting
//     concurrent write): negatively acknowledged with a delay that doubles
//     with each delivery (Options.MinBackoff to MaxBackoff), so it comes
//     back when the store may have recovered; the goroutine also pauses;
//   - it can never be processed (not decodable, too large, not UTF-8, the
//     pipeline or the store refuse it as invalid, the pipeline panics on
//     it): terminated with the reason logged, never delivered again;
//   - the worker dies before acknowledging: the server delivers it again
//     after the queue's ack wait. While a document is worked on, progress
//     is reported every third of the ack wait, so a slow document is not
//     delivered twice.
//
// On shutdown (the context is cancelled: SIGTERM, SIGINT) the worker stops
// pulling, lets the documents in flight finish for up to Options.Grace, and
// negatively acknowledges those that do not, so that another worker gets
// them at once.
package worker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/internal/wait"
	"github.com/factgraph/factgraph/queue"
	"github.com/factgraph/factgraph/store"
)

// Processor turns a text into a document; *pipeline.Pipeline is one.
// Process must be safe for concurrent use.
type Processor interface {
	Process(source string, data []byte) (*doc.Document, error)
}

// Defaults of Options.
const (
	DefaultWait       = 2 * time.Second
	DefaultMinBackoff = time.Second
	DefaultMaxBackoff = time.Minute
	DefaultGrace      = 30 * time.Second
)

// Options control Run. The zero value is usable.
type Options struct {
	// Concurrency is the number of documents worked on at once; 0 means
	// runtime.GOMAXPROCS(0).
	Concurrency int
	// Wait is how long one pull waits for a message; it bounds how long
	// shutdown waits for an idle worker.
	Wait time.Duration
	// MinBackoff and MaxBackoff bound the delay before a failed message is
	// delivered again: MinBackoff after the first failure, doubling with
	// each delivery.
	MinBackoff, MaxBackoff time.Duration
	// Grace is how long documents in flight may take to finish after the
	// context is cancelled.
	Grace time.Duration
	// Log receives a line for each stored, retried or terminated message;
	// nil discards them.
	Log *slog.Logger

	// Test hooks, called with the document just before PutDocument and
	// just after it committed (before the acknowledgement).
	beforeCommit, afterCommit func(queue.Doc)
}

func (o *Options) defaults() {
	if o.Concurrency <= 0 {
		o.Concurrency = runtime.GOMAXPROCS(0)
	}
	if o.Wait <= 0 {
		o.Wait = DefaultWait
	}
	if o.MinBackoff <= 0 {
		o.MinBackoff = DefaultMinBackoff
	}
	if o.MaxBackoff < o.MinBackoff {
		o.MaxBackoff = max(DefaultMaxBackoff, o.MinBackoff)
	}
	if o.Grace <= 0 {
		o.Grace = DefaultGrace
	}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// Stats counts what Run did with the messages it received.
type Stats struct {
	// Received counts the deliveries, redeliveries included.
	Received int64 `json:"received"`
	// Stored counts the documents this worker wrote.
	Stored int64 `json:"stored"`
	// Duplicates counts the messages whose text was already stored.
	Duplicates int64 `json:"duplicates"`
	// Retried counts the negative acknowledgements: failures of the store
	// and documents given back at shutdown.
	Retried int64 `json:"retried"`
	// Poison counts the messages terminated as impossible to process.
	Poison int64 `json:"poison"`
	// AckFailed counts acknowledgements that failed after a commit (the
	// message comes back and is then acknowledged as a duplicate).
	AckFailed int64 `json:"ack_failed"`
}

type counters struct {
	received, stored, duplicates, retried, poison, ackFailed atomic.Int64
}

func (c *counters) stats() Stats {
	return Stats{Received: c.received.Load(), Stored: c.stored.Load(), Duplicates: c.duplicates.Load(),
		Retried: c.retried.Load(), Poison: c.poison.Load(), AckFailed: c.ackFailed.Load()}
}

// Source is what Run pulls messages from; *queue.Consumer is one.
type Source interface {
	Next(wait time.Duration) (*queue.Delivery, error)
	AckWait() time.Duration
}

// Worker processes the messages of a Source into a store.
type Worker struct {
	src Source
	st  store.Store
	p   Processor
	opt Options
	log *slog.Logger
	n   counters
}

// New returns a worker that pulls messages from src, processes them with p
// and stores them in st.
func New(src Source, st store.Store, p Processor, opt Options) *Worker {
	opt.defaults()
	return &Worker{src: src, st: st, p: p, opt: opt, log: opt.Log}
}

// Stats returns what the worker has done so far.
func (w *Worker) Stats() Stats { return w.n.stats() }

// Run pulls and handles messages on Options.Concurrency goroutines until
// ctx is cancelled; then it finishes or gives back the documents in flight
// (see the package comment) and returns. It returns an error only when the
// worker lacks a source, a store or a processor.
func (w *Worker) Run(ctx context.Context) error {
	if w.src == nil || w.st == nil || w.p == nil {
		return errors.New("worker: no queue, store or processor")
	}
	// work is cancelled Grace after ctx: the time documents in flight
	// get to finish.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopGrace := context.AfterFunc(ctx, func() {
		t := time.AfterFunc(w.opt.Grace, cancelWork)
		<-work.Done()
		t.Stop()
	})
	defer stopGrace()
	var wg sync.WaitGroup
	for i := 0; i < w.opt.Concurrency; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.loop(ctx, work)
		}()
	}
	wg.Wait()
	return nil
}

// loop pulls and handles messages until ctx is done.
func (w *Worker) loop(ctx, work context.Context) {
	pause := w.opt.MinBackoff
	for ctx.Err() == nil {
		d, err := w.src.Next(w.opt.Wait)
		if err != nil {
			w.log.Warn("pull failed; trying again", "err", err, "pause", pause)
			if wait.Sleep(ctx, pause) != nil {
				return
			}
			pause = min(2*pause, w.opt.MaxBackoff)
			continue
		}
		pause = w.opt.MinBackoff
		if d == nil {
			continue
		}
		w.n.received.Add(1)
		if ctx.Err() != nil {
			w.giveBack(d, "shutting down")
			return
		}
		if backoff := w.handle(work, d); backoff > 0 {
			// The store failed: let it recover before pulling more.
			if wait.Sleep(ctx, backoff) != nil {
				return
			}
		}
	}
}

// handle ends one delivery with an Ack, a Nak or a Term. It returns how long
// to pause before the next pull: non-zero after a failure of the store.
func (w *Worker) handle(ctx context.Context, d *queue.Delivery) time.Duration {
	log := w.log.With("seq", d.Seq, "delivered", d.NumDelivered)
	if d.Err != nil {
		w.terminate(log, d, d.Err.Error())
		return 0
	}
	log = log.With("hash", d.Doc.Hash[:12], "source", d.Doc.Meta.Source)
	stop := w.heartbeat(d)
	defer stop()

	if _, err := w.st.DocumentIDByHash(ctx, d.Doc.Hash); err == nil {
		w.ack(ctx, log, d)
		w.n.duplicates.Add(1)
		log.Info("already stored")
		return 0
	} else if store.ErrorCode(err) != store.ENOTFOUND {
		return w.retry(ctx, log, d, fmt.Errorf("look up hash: %w", err))
	}
	type processed struct {
		d   *doc.Document
		err error
	}
	out := make(chan processed, 1)
	go func() {
		dd, err := w.process(d.Doc)
		out <- processed{dd, err}
	}()
	var dd *doc.Document
	select {
	case r := <-out:
		if r.err != nil {
			w.terminate(log, d, r.err.Error())
			return 0
		}
		dd = r.d
	case <-ctx.Done():
		// The grace period ran out while processing: give the message
		// back and leave the pipeline to finish in the background.
		w.giveBack(d, "shutting down")
		return 0
	}
	if w.opt.beforeCommit != nil {
		w.opt.beforeCommit(d.Doc)
	}
	res, err := w.st.PutDocument(ctx, dd, d.Doc.Meta)
	switch {
	case err == nil:
	case store.ErrorCode(err) == store.EINVALID:
		w.terminate(log, d, "the store refused the document: "+err.Error())
		return 0
	default:
		return w.retry(ctx, log, d, fmt.Errorf("store: %w", err))
	}
	if w.opt.afterCommit != nil {
		w.opt.afterCommit(d.Doc)
	}
	w.ack(ctx, log, d)
	if res.Existing {
		w.n.duplicates.Add(1)
		log.Info("already stored", "id", res.ID)
	} else {
		w.n.stored.Add(1)
		log.Info("stored", "id", res.ID)
	}
	return 0
}

// process runs the pipeline, turning a panic into an error: a text that
// crashes the pipeline would crash every worker it is delivered to.
func (w *Worker) process(d queue.Doc) (dd *doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			dd, err = nil, fmt.Errorf("the pipeline panicked: %v", r)
		}
	}()
	dd, err = w.p.Process(d.Meta.Source, d.Text)
	if err == nil && dd == nil {
		err = errors.New("the pipeline returned no document")
	}
	if err != nil {
		return nil, fmt.Errorf("the pipeline refused the text: %w", err)
	}
	return dd, nil
}

// heartbeat reports progress on d every third of the ack wait until the
// returned function is called.
func (w *Worker) heartbeat(d *queue.Delivery) func() {
	every := w.src.AckWait() / 3
	if every <= 0 {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				_ = d.InProgress() // if it fails, the message is delivered again: harmless
			case <-done:
				return
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

func (w *Worker) ack(ctx context.Context, log *slog.Logger, d *queue.Delivery) {
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := d.Ack(actx); err != nil {
		// Committed but not acknowledged: the message comes back and is
		// then acknowledged as already stored.
		w.n.ackFailed.Add(1)
		log.Warn("acknowledgement failed; the message will come back as a duplicate", "err", err)
	}
}

// retry gives a message back with a delay after a failure of the store
// and returns the pause before the next pull.
func (w *Worker) retry(ctx context.Context, log *slog.Logger, d *queue.Delivery, err error) time.Duration {
	if ctx.Err() != nil {
		w.giveBack(d, "shutting down")
		return 0
	}
	delay := Backoff(d.NumDelivered, w.opt.MinBackoff, w.opt.MaxBackoff)
	w.n.retried.Add(1)
	if nerr := d.Nak(delay); nerr != nil {
		log.Warn("negative acknowledgement failed; the message comes back after the ack wait", "err", nerr)
	}
	log.Warn("failed; delivering again later", "err", err, "delay", delay)
	return delay
}

// giveBack returns a message for immediate redelivery.
func (w *Worker) giveBack(d *queue.Delivery, why string) {
	w.n.retried.Add(1)
	if err := d.Nak(0); err != nil {
		w.log.Warn("negative acknowledgement failed; the message comes back after the ack wait", "seq", d.Seq, "err", err)
		return
	}
	w.log.Info("given back", "seq", d.Seq, "why", why)
}

func (w *Worker) terminate(log *slog.Logger, d *queue.Delivery, reason string) {
	w.n.poison.Add(1)
	if err := d.Term(reason); err != nil {
		log.Warn("terminate failed; the message will come back", "err", err)
	}
	log.Error("terminated: the message cannot be processed", "reason", reason)
}

// Backoff returns the delay before delivery n+1 of a message whose
// delivery n failed: min, 2·min, 4·min, … capped at max.
func Backoff(n uint64, min, max time.Duration) time.Duration {
	d := min
	for i := uint64(1); i < n && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	return d
}
