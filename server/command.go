package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/store/backend"
)

// Config is the configuration of "factgraph serve".
type Config struct {
	// DB is the store: an SQLite file or a postgres:// URL (store/backend).
	DB string
	// Addr is the address to listen on, host:port.
	Addr string
	// Token enables writes (see Options.Token). When empty, the
	// environment variable FACTGRAPH_TOKEN is used; a token given there
	// does not show in the process list.
	Token   string
	MaxBody int64
	Timeout time.Duration
}

// Flags defines the flags of "factgraph serve" on fs and returns the
// configuration they fill.
func Flags(fs *flag.FlagSet) *Config {
	c := &Config{}
	fs.StringVar(&c.DB, "db", "factgraph.db", "the store: an SQLite file (created if missing) or a postgres:// URL")
	fs.StringVar(&c.DB, "store", "factgraph.db", "same as --db")
	fs.StringVar(&c.Addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&c.Token, "token", "", "bearer token for POST /api/documents (default $FACTGRAPH_TOKEN); without one, writes are disabled")
	fs.Int64Var(&c.MaxBody, "max-body", DefaultMaxBody, "largest request body in bytes")
	fs.DurationVar(&c.Timeout, "timeout", DefaultTimeout, "time limit of one request")
	return c
}

// Command runs "factgraph serve": it opens the store, loads the pipeline
// when writes are enabled, and serves the API and the UI on c.Addr until
// SIGINT or SIGTERM, then shuts down gracefully. It prints the URL to
// stdout; request logs go to stderr.
func Command(c Config, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, c, stdout, stderr)
}

// serve is Command until ctx is done.
func serve(ctx context.Context, c Config, stdout, stderr io.Writer) error {
	if c.Token == "" {
		c.Token = os.Getenv("FACTGRAPH_TOKEN")
	}
	st, err := backend.Open(ctx, c.DB)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	defer st.Close()
	var p Processor
	if c.Token != "" {
		pl, err := pipeline.New()
		if err != nil {
			return fmt.Errorf("load pipeline: %w", err)
		}
		p = pl
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	h := New(st, p, Options{Token: c.Token, MaxBody: c.MaxBody, Timeout: c.Timeout, Log: log})

	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       timeout + 10*time.Second,
		WriteTimeout:      timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	mode := "read-only (no token)"
	if c.Token != "" {
		mode = "writes enabled"
		if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
			if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
				log.Warn("the token travels in clear text: serve behind a TLS proxy")
			}
		}
	}
	fmt.Fprintf(stdout, "factgraph serve: http://%s/ (%s, store %s)\n", ln.Addr(), mode, c.DB)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
