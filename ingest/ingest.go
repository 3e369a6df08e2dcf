// Package ingest reads texts (files, directories, JSON Lines, standard
// input), runs them through a Processor on all cores and writes the
// documents to a store.Store, skipping texts already stored, reporting
// progress and keeping going past bad inputs.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
)

// Processor turns a text into a document; *pipeline.Pipeline is one.
// Process must be safe for concurrent use.
type Processor interface {
	Process(source string, data []byte) (*doc.Document, error)
}

// DefaultMaxBytes is the size limit of one text when Options.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

// Options control Run. The zero value is usable.
type Options struct {
	// Workers is the number of texts processed in parallel; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Progress receives progress and the report of each bad input; nil
	// discards them.
	Progress io.Writer
	// TTY redraws a one-line progress bar with \r instead of printing log
	// lines; set it when Progress is a terminal.
	TTY bool
	// JSONL reads files of any extension and standard input as JSON Lines.
	// Files ending in .jsonl or .ndjson are always read as JSON Lines.
	JSONL bool
	// Ext selects the files of a directory; "" means ".txt".
	Ext string
	// MaxBytes refuses larger texts (and JSON lines); 0 means
	// DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// Encoding is the encoding of plain text inputs (not JSON Lines, which
	// are UTF-8): "" or "utf-8", "windows-1251", "koi8-r", "utf-16",
	// "utf-16le", "utf-16be" or "auto" (guessed for each text).
	Encoding string
	// LogEvery and LogInterval space the log lines when TTY is false: one
	// every LogEvery documents (0 means 1000) or LogInterval (0 means 10 s),
	// whichever comes first.
	LogEvery    int
	LogInterval time.Duration
}

func (opt *Options) defaults() {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Progress == nil {
		opt.Progress = io.Discard
	}
	if opt.Ext == "" {
		opt.Ext = ".txt"
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.Stdin == nil {
		opt.Stdin = os.Stdin
	}
}

// Stats counts what Run did. Read = Stored + Duplicates + Failed.
type Stats struct {
	// Read counts the texts read: files, JSON lines, standard input, and
	// inputs that could not be read.
	Read int `json:"read"`
	// Stored counts the new documents written to the store.
	Stored int `json:"stored"`
	// Duplicates counts the texts already in the store (or twice in the
	// input), which were not written again.
	Duplicates int `json:"duplicates"`
	// Failed counts the inputs that could not be read, processed or stored.
	Failed  int           `json:"failed"`
	Elapsed time.Duration `json:"elapsed"`
}

// DocsPerSecond returns the rate at which texts were read and handled.
func (s Stats) DocsPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Read) / s.Elapsed.Seconds()
}

// item is one text to process, in input order.
type item struct {
	source string
	meta   store.Meta
	data   []byte
	size   int64 // input bytes it stands for, for the progress bar
	err    error // the input could not be read
}

// result is an item after processing.
type result struct {
	item
	doc       *doc.Document
	duplicate bool
}

// Run reads the inputs — files, directories (their files ending in
// Options.Ext, recursively, in name order), JSON Lines files and "-" for
// standard input — processes each text with p on Options.Workers
// goroutines and stores the documents in st in input order. A text whose
// hash is already stored is not processed again. Bad inputs (unreadable,
// too large, not UTF-8, refused by the processor or by the store as
// EINVALID) are reported to Options.Progress and counted as Failed, and
// Run goes on. Run stops early, returning the stats so far and an error,
// when ctx is done or the store fails otherwise.
func Run(ctx context.Context, st store.Store, p Processor, inputs []string, opt Options) (Stats, error) {
	opt.defaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	srcs, total := plan(inputs, opt)
	prog := newProgress(opt, total)

	type job struct {
		it  item
		out chan result
	}
	jobs := make(chan job)
	pending := make(chan chan result, 2*opt.Workers)
	go func() {
		defer close(pending)
		defer close(jobs)
		for _, s := range srcs {
			err := s.read(ctx, opt, func(it item) bool {
				out := make(chan result, 1)
				select {
				case pending <- out:
				case <-ctx.Done():
					return false
				}
				select {
				case jobs <- job{it, out}:
					return true
				case <-ctx.Done():
					return false
				}
			})
			if err != nil {
				return
			}
		}
	}()
	done := make(chan struct{})
	for w := 0; w < opt.Workers; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for j := range jobs {
				j.out <- process(ctx, st, p, j.it)
			}
		}()
	}

	var (
		stats Stats
		fatal error
	)
	start := time.Now()
	for out := range pending {
		if fatal != nil {
			continue // drain
		}
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
			fatal = ctx.Err()
			cancel()
			continue
		}
		stats.Read++
		switch {
		case r.err != nil:
			stats.Failed++
			prog.fail(r.source, r.err)
		case r.duplicate:
			stats.Duplicates++
		default:
			res, err := st.PutDocument(ctx, r.doc, r.meta)
			switch {
			case err == nil && res.Existing:
				stats.Duplicates++
			case err == nil:
				stats.Stored++
			case store.ErrorCode(err) == store.EINVALID:
				stats.Failed++
				prog.fail(r.source, err)
			default:
				stats.Failed++
				fatal = fmt.Errorf("store %s: %w", r.source, err)
				cancel()
			}
		}
		stats.Elapsed = time.Since(start)
		prog.update(stats, r.size)
	}
	for w := 0; w < opt.Workers; w++ {
		<-done
	}
	stats.Elapsed = time.Since(start)
	if fatal == nil && ctx.Err() != nil {
		fatal = ctx.Err()
	}
	prog.finish(stats)
	return stats, fatal
}

// process turns an item into a result: the document, or why there is
// none, or that its text is already stored.
func process(ctx context.Context, st store.Store, p Processor, it item) result {
	r := result{item: it}
	if it.err != nil {
		return r
	}
	text := trimBOM(it.data)
	if len(text) == 0 {
		r.err = errors.New("empty text")
		return r
	}
	_, err := st.DocumentIDByHash(ctx, store.Hash(string(text)))
	switch store.ErrorCode(err) {
	case "":
		r.duplicate = true
		return r
	case store.ENOTFOUND:
	default:
		r.err = fmt.Errorf("look up hash: %w", err)
		return r
	}
	d, err := p.Process(it.source, it.data)
	switch {
	case err != nil:
		r.err = err
	case d == nil:
		r.err = errors.New("the processor returned no document")
	}
	r.doc = d
	r.data = nil
	return r
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}
