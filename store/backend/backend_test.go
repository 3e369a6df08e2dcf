package backend

import (
	"context"
	"path/filepath"
	"testing"
)

func TestOpen(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, ""); err == nil {
		t.Error("empty spec accepted")
	}
	// An unreachable server is an error, not a hang or a panic.
	if _, err := Open(ctx, "postgres://nobody@127.0.0.1:1/none?connect_timeout=1"); err == nil {
		t.Error("unreachable PostgreSQL accepted")
	}
	for spec, want := range map[string]bool{"postgres://x": true, "postgresql://x": true, "factgraph.db": false, "/tmp/postgres.db": false} {
		if IsURL(spec) != want {
			t.Errorf("IsURL(%q) = %v", spec, !want)
		}
	}
}
