package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/store/storetest"
)

func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "factgraph.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}

// TestAtomicFailpoints runs storetest.Failpoints.
func TestAtomicFailpoints(t *testing.T) {
	db := openTest(t)
	storetest.Failpoints(t, db, func(f func(string) error) { db.failpoint = f },
		func(t *testing.T) string { return counts(t, db) })
}

// counts returns the number of rows of every table and the sum of the
// entity counters.
func counts(t *testing.T, db *DB) string {
	t.Helper()
	var out []string
	for _, q := range []string{
		"SELECT COUNT(*) FROM documents", "SELECT COUNT(*) FROM documents_fts", "SELECT COUNT(*) FROM entities",
		"SELECT COUNT(*) FROM entities_fts", "SELECT COUNT(*) FROM entity_sources", "SELECT COUNT(*) FROM mentions",
		"SELECT COUNT(*) FROM relations", "SELECT COUNT(*) FROM events", "SELECT COUNT(*) FROM event_participants",
		"SELECT COALESCE(SUM(doc_count), 0) + COALESCE(SUM(mention_count), 0) FROM entities",
		"SELECT group_concat(aliases) FROM entities",
	} {
		var s string
		if err := db.r.QueryRow(q).Scan(&s); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub-dir", "x.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil || v != ms[len(ms)-1].Version {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, ms[len(ms)-1].Version)
	}
	d := storetest.NewDoc(t, "Текст.", nil, nil, nil)
	if _, err := db.PutDocument(ctx, d, store.Meta{}); err != nil {
		t.Fatal(err)
	}
	var mode string
	var fk int
	if err := db.w.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v", mode, err)
	}
	for name, pool := range map[string]*sql.DB{"writer": db.w, "reader": db.r} {
		if err := pool.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Errorf("%s: foreign_keys = %d, %v", name, fk, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopening keeps the data and applies nothing twice.
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.r.QueryRow("SELECT COUNT(*) FROM schema_version").Scan(&n); err != nil || n != len(ms) {
		t.Errorf("schema_version rows = %d, %v; want %d", n, err, len(ms))
	}
	if r, err := db.PutDocument(ctx, d, store.Meta{}); err != nil || !r.Existing {
		t.Errorf("after reopening: %+v, %v", r, err)
	}
	// A file from a newer program is refused.
	if _, err := db.w.Exec("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', '')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open of a newer schema: %v", err)
	}
}

func TestOpenInvalid(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file:x.db", "a?mode=ro", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		db, err := Open(p)
		if err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", p)
		}
	}
}

func TestMatchExpr(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"Шугаев", `("шугаев") OR ("шугаев"*)`},
		{`"a" OR b*`, `("a" "or" "b") OR ("a"* "or"* "b"*)`},
	}
	for _, tt := range tests {
		if got := matchExpr(store.QueryTerms(tt.q)); got != tt.want {
			t.Errorf("matchExpr(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
}
