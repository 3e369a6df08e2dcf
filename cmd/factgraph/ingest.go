package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/factgraph/factgraph/ingest"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/queue"
	"github.com/factgraph/factgraph/store/backend"
)

func runIngest(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := newFlags("ingest", "FILE|DIR|-...", stderr)
	dbPath := fl.String("db", "factgraph.db", "the knowledge store: an SQLite file (created if needed) or a postgres:// URL")
	fl.StringVar(dbPath, "store", "factgraph.db", "same as --db")
	jsonl := fl.Bool("jsonl", false, "read standard input and files of any extension as JSON Lines ({\"text\",\"title\",\"url\",\"date\",\"source\"})")
	ext := fl.String("ext", ".txt", "in a directory, ingest files with this extension")
	maxBytes := fl.Int("max-bytes", pipeline.DefaultMaxBytes, "refuse texts larger than this many bytes")
	workers := fl.Int("workers", runtime.GOMAXPROCS(0), "documents processed in parallel")
	qcfg := queue.Flags(fl, false)
	fast := fastFlag(fl)
	encoding := encodingFlag(fl)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return errUsage
	}
	if err := checkEncoding(*encoding); err != nil {
		return err
	}
	opt := ingest.Options{
		Workers: *workers, Progress: stderr, TTY: isTerminal(stderr),
		JSONL: *jsonl, Ext: *ext, MaxBytes: *maxBytes, Stdin: stdin, Encoding: *encoding,
	}
	if qcfg.URL != "" {
		return publish(*qcfg, fl.Args(), opt, stdout)
	}
	p, err := newPipeline(*fast)
	if err != nil {
		return err
	}
	p.MaxBytes = *maxBytes
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	db, err := backend.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	stats, err := ingest.Run(ctx, db, p, fl.Args(), opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d read, %d stored, %d already stored, %d failed in %.1f s (%.1f docs/s) into %s\n",
		stats.Read, stats.Stored, stats.Duplicates, stats.Failed, stats.Elapsed.Seconds(), stats.DocsPerSecond(), redact(*dbPath))
	if stats.Failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", stats.Failed, stats.Read)
	}
	return nil
}

// publish is "ingest --queue": the texts go to the work queue, for workers
// to extract and store.
func publish(cfg queue.Config, inputs []string, opt ingest.Options, stdout io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg.Name = "factgraph-ingest"
	q, err := queue.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer q.Close()
	stats, err := ingest.Publish(ctx, q, inputs, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d read, %d published, %d already queued, %d failed in %.1f s (%.1f docs/s) to %s\n",
		stats.Read, stats.Stored, stats.Duplicates, stats.Failed, stats.Elapsed.Seconds(), stats.DocsPerSecond(), queue.Redact(cfg.URL))
	if stats.Failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", stats.Failed, stats.Read)
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// redact hides the password of a store URL in messages.
func redact(spec string) string {
	if u, err := url.Parse(spec); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
			return u.String()
		}
	}
	return spec
}
