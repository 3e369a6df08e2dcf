package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/queue/queuetest"
)

func TestWorkerUsage(t *testing.T) {
	t.Setenv("FACTGRAPH_QUEUE", "")
	if _, errs, code := factgraph(t, "", "worker", "--db", filepath.Join(t.TempDir(), "s.db")); code != 2 || !strings.Contains(errs, "--queue") {
		t.Errorf("worker without --queue: exit %d, %q", code, errs)
	}
	if _, errs, code := factgraph(t, "", "ingest", "--queue", "postgres://x", "../../testdata/ru-commission-2024.txt"); code != 1 || !strings.Contains(errs, "not a NATS URL") {
		t.Errorf("ingest --queue postgres://: exit %d, %q", code, errs)
	}
}

// TestIngestQueue publishes through the CLI twice: the second time every
// text is already queued.
func TestIngestQueue(t *testing.T) {
	cfg := queuetest.Config(t, queuetest.URL(t))
	dir := t.TempDir()
	for i, text := range []string{"Первый текст.", "Второй текст.", "не UTF-8 \xff"} {
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"ingest", "--queue", cfg.URL, "--stream", cfg.Stream, "--subject", cfg.Subject, dir}
	out, errs, code := factgraph(t, "", args...)
	if code != 1 || !strings.Contains(out, "3 read, 2 published, 0 already queued, 1 failed") || !strings.Contains(errs, "not valid UTF-8") {
		t.Errorf("first run: exit %d\n%s\n%s", code, out, errs)
	}
	out, _, _ = factgraph(t, "", args...)
	if !strings.Contains(out, "0 published, 2 already queued") {
		t.Errorf("second run: %s", out)
	}
}
