// Package queuetest helps tests use a NATS JetStream server: the one named
// by FACTGRAPH_NATS_URL (scripts/nats.sh start), with a stream of the test's
// own, or a server process the test owns and may stop and restart
// (FACTGRAPH_NATS_SERVER, scripts/nats.sh bin). Tests skip with a message
// saying how to get one when neither is set.
package queuetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factgraph/factgraph/queue"
)

// Environment variables read by the helpers.
const (
	URLEnv    = "FACTGRAPH_NATS_URL"
	ServerEnv = "FACTGRAPH_NATS_SERVER"
)

// URL returns the URL of the shared test server, or skips the test.
func URL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(URLEnv)
	if u == "" {
		tb.Skipf("%s is not set: run `export %s=$(scripts/nats.sh start)` to test with NATS JetStream", URLEnv, URLEnv)
	}
	return u
}

// Config returns a queue configuration on url with a stream, subject and
// consumer of the test's own; the stream is deleted when the test ends.
func Config(tb testing.TB, url string) queue.Config {
	tb.Helper()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	id := hex.EncodeToString(b)
	cfg := queue.Config{URL: url, Name: "factgraph-test", Stream: "FGTEST_" + strings.ToUpper(id),
		Subject: "fgtest." + id + ".documents", Consumer: "workers", Timeout: 5 * time.Second}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		q, err := queue.Open(ctx, cfg)
		if err != nil {
			return // the server is gone (a test that owned it)
		}
		defer q.Close()
		_ = q.DeleteStream(ctx)
	})
	return cfg
}

// Open opens a queue on cfg, closed when the test ends.
func Open(tb testing.TB, cfg queue.Config) *queue.Queue {
	tb.Helper()
	q, err := queue.Open(context.Background(), cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { q.Close() })
	return q
}

// Server is a nats-server process owned by a test, with JetStream in a
// folder of the test's own and a fixed loopback port, so that it can be
// stopped and started again at the same URL with its stream intact.
type Server struct {
	tb   testing.TB
	bin  string
	dir  string
	port int
	cmd  *exec.Cmd
	exit chan struct{}
}

// StartServer starts a server from the binary named by FACTGRAPH_NATS_SERVER
// (or skips the test); it is killed when the test ends.
func StartServer(tb testing.TB) *Server {
	tb.Helper()
	bin := os.Getenv(ServerEnv)
	if bin == "" {
		tb.Skipf("%s is not set: run `export %s=$(scripts/nats.sh bin)` to run the tests that stop and restart a NATS server", ServerEnv, ServerEnv)
	}
	s := &Server{tb: tb, bin: bin, dir: tb.TempDir()}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	s.port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	conf := fmt.Sprintf("listen: \"127.0.0.1:%d\"\nmax_payload: 16MB\njetstream { store_dir: %q }\n", s.port, filepath.Join(s.dir, "jetstream"))
	if err := os.WriteFile(filepath.Join(s.dir, "nats.conf"), []byte(conf), 0o644); err != nil {
		tb.Fatal(err)
	}
	s.Start()
	tb.Cleanup(func() {
		if s.cmd != nil {
			s.cmd.Process.Kill()
			<-s.exit
		}
	})
	return s
}

// URL returns the server's URL.
func (s *Server) URL() string { return "nats://127.0.0.1:" + strconv.Itoa(s.port) }

// Start starts the server (again) and waits until it accepts connections.
func (s *Server) Start() {
	s.tb.Helper()
	if s.cmd != nil {
		s.tb.Fatal("queuetest: the server is already running")
	}
	logf, err := os.OpenFile(filepath.Join(s.dir, "server.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		s.tb.Fatal(err)
	}
	defer logf.Close()
	cmd := exec.Command(s.bin, "-c", filepath.Join(s.dir, "nats.conf"))
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		s.tb.Fatalf("start %s: %v", s.bin, err)
	}
	s.cmd, s.exit = cmd, make(chan struct{})
	go func() { cmd.Wait(); close(s.exit) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.port), time.Second); err == nil {
			c.Close()
			return
		}
		select {
		case <-s.exit:
			log, _ := os.ReadFile(filepath.Join(s.dir, "server.log"))
			s.tb.Fatalf("nats-server exited at start:\n%s", log)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.tb.Fatal("nats-server did not listen within 30 s")
		}
	}
}

// Stop stops the server as an operator would (SIGTERM, JetStream flushed)
// and waits for it to exit.
func (s *Server) Stop() {
	s.tb.Helper()
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exit:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		<-s.exit
	}
	s.cmd = nil
}

// Restart stops and starts the server.
func (s *Server) Restart() {
	s.tb.Helper()
	s.Stop()
	s.Start()
}
