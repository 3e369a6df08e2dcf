package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/queue"
	"github.com/factgraph/factgraph/store/backend"
	"github.com/factgraph/factgraph/worker"
)

func runWorker(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fl := newFlags("worker", "--queue nats://…", stderr)
	qcfg := queue.Flags(fl, true)
	dbPath := fl.String("db", "factgraph.db", "the knowledge store: an SQLite file (created if needed) or a postgres:// URL")
	fl.StringVar(dbPath, "store", "factgraph.db", "same as --db")
	concurrency := fl.Int("concurrency", runtime.GOMAXPROCS(0), "documents worked on at once")
	maxBytes := fl.Int("max-bytes", pipeline.DefaultMaxBytes, "terminate messages whose text is larger than this many bytes")
	grace := fl.Duration("grace", worker.DefaultGrace, "on SIGTERM, time the documents in flight get to finish")
	quiet := fl.Bool("quiet", false, "log only failures, not every stored document")
	fast := fastFlag(fl)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 0 || qcfg.URL == "" {
		fl.Usage()
		return errUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	p, err := newPipeline(*fast)
	if err != nil {
		return err
	}
	p.MaxBytes = *maxBytes
	st, err := backend.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	host, _ := os.Hostname()
	qcfg.Name = fmt.Sprintf("factgraph-worker %s/%d", host, os.Getpid())
	q, err := queue.Open(ctx, *qcfg)
	if err != nil {
		return err
	}
	defer q.Close()
	c, err := q.Consumer(ctx, *maxBytes)
	if err != nil {
		return err
	}
	w := worker.New(c, st, p, worker.Options{Concurrency: *concurrency, Grace: *grace, Log: log})
	log.Info("worker started", "queue", queue.Redact(qcfg.URL), "stream", qcfg.Stream, "store", redact(*dbPath),
		"concurrency", *concurrency)
	start := time.Now()
	if err := w.Run(ctx); err != nil {
		return err
	}
	s := w.Stats()
	fmt.Fprintf(stdout, "%d received, %d stored, %d already stored, %d retried, %d terminated in %s\n",
		s.Received, s.Stored, s.Duplicates, s.Retried, s.Poison, time.Since(start).Round(time.Second))
	return nil
}
