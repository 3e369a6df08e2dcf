// Package sqlite implements store.Store on an SQLite file through the
// pure-Go driver modernc.org/sqlite: WAL journal, foreign keys on, a busy
// timeout, migrations embedded as numbered SQL files, and FTS5 full-text
// indexes over documents and entity names.
//
// A DB holds two connection pools on the same file: one connection that
// writes, in IMMEDIATE transactions, and several that read, so that readers
// see consistent snapshots (WAL) while a document is being written.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

//go:embed migration/*.sql
var migrations embed.FS

// BusyTimeout is how long a connection waits for a lock held by another
// connection (or process) before failing.
const BusyTimeout = 10 * time.Second

// DB is a store.Store on one SQLite file.
type DB struct {
	// Reader gives the list and entity-page methods shared with postgres.
	sqlstore.Reader

	path string
	w    *sql.DB // one connection; writes
	r    *sql.DB // reads

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared on w, by query text
	noted map[string]bool      // queries to prepare on w

	// failpoint, when set (by tests), is called at each step of
	// PutDocument and fails the transaction when it returns an error.
	failpoint sqlstore.Failpoint
}

var _ store.Store = (*DB)(nil)

// Open opens the store in the SQLite file at path, creating the file and
// applying the migrations it lacks. The path must name a file, not
// ":memory:".
func Open(path string) (*DB, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, store.Errorf(store.EINVALID, "sqlite: the store needs a file path, not %q", path)
	}
	if strings.ContainsAny(path, "?#") {
		return nil, store.Errorf(store.EINVALID, "sqlite: the path %q holds '?' or '#', which SQLite would read as URI parameters", path)
	}
	common := url.Values{}
	common.Add("_pragma", "busy_timeout("+strconv.Itoa(int(BusyTimeout/time.Millisecond))+")")
	common.Add("_pragma", "foreign_keys(1)")
	common.Add("_pragma", "synchronous(NORMAL)")
	wq := url.Values{}
	for k, v := range common {
		wq[k] = append([]string(nil), v...)
	}
	wq.Add("_pragma", "journal_mode(WAL)")
	wq.Set("_txlock", "immediate")

	db := &DB{path: path, stmts: map[string]*sql.Stmt{}, noted: map[string]bool{}}
	db.Reader = sqlstore.Reader{Dialect: dialect, InTx: db.inReadTx, ScanEntity: scanEnt, ScanDocument: scanDoc}
	var err error
	if db.w, err = sql.Open("sqlite", path+"?"+wq.Encode()); err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.w.SetMaxOpenConns(1)
	db.w.SetConnMaxIdleTime(0)
	if err := db.w.Ping(); err != nil {
		db.w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// The writer connection has switched the file to WAL before any reader
	// connects. Readers keep a page cache of 32 MiB each (SQLite's default
	// is 2 MiB) and read the file through a memory map of up to 1 GiB:
	// with several readers on a store of hundreds of megabytes the small
	// caches thrashed (8 concurrent clients on the 10 000-document load
	// test: 37 → 45 requests/s, entity page p99 640 → 380 ms).
	if db.r, err = sql.Open("sqlite", path+"?"+common.Encode()+
		"&_pragma=query_only(1)&_pragma=cache_size(-32768)&_pragma=mmap_size(1073741824)"); err != nil {
		db.w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.r.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	if err := db.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return db, nil
}

// Path returns the file the store is in.
func (db *DB) Path() string { return db.path }

// Close closes both connection pools.
func (db *DB) Close() error {
	var errs []error
	db.mu.Lock()
	for _, st := range db.stmts {
		errs = append(errs, st.Close())
	}
	db.stmts = nil
	db.mu.Unlock()
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	if db.w != nil {
		errs = append(errs, db.w.Close())
	}
	return errors.Join(errs...)
}

// migration is one numbered SQL file.
type migration = sqlstore.Migration

// loadMigrations reads the embedded migration files in version order.
func loadMigrations() ([]migration, error) { return sqlstore.LoadMigrations(migrations) }

// migrate applies the migrations newer than the file's schema version, each
// in its own transaction together with its schema_version row.
func (db *DB) migrate(ctx context.Context) error {
	var fts5 int
	if err := db.w.QueryRowContext(ctx, "SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&fts5); err != nil {
		return fmt.Errorf("check FTS5: %w", err)
	}
	if fts5 != 1 {
		return errors.New("this SQLite build lacks FTS5")
	}
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	var cur int
	if err := db.w.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_version").Scan(&cur); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if n := len(ms); n > 0 && cur > ms[n-1].Version {
		return fmt.Errorf("the file has schema version %d, newer than this program's %d", cur, ms[n-1].Version)
	}
	applied := false
	for _, m := range ms {
		if m.Version <= cur {
			continue
		}
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		applied = true
	}
	if applied && cur > 0 {
		// An upgraded store gives back the space the migrations freed
		// (dropped columns and copies).
		if _, err := db.w.ExecContext(ctx, "VACUUM"); err != nil {
			return fmt.Errorf("vacuum after migrating from version %d: %w", cur, err)
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, m migration) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
		m.Version, m.Name, now()); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion returns the version of the newest migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.r.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_version").Scan(&v)
	return v, store.Internal("read schema version", err)
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// txStmt returns the statement for query bound to tx: prepared once on the
// writer connection and reused, since preparing is a third of the cost of a
// write with the pure-Go SQLite. A query seen for the first time is
// prepared on tx alone and noted, and prepareNoted prepares it for reuse
// once tx is over (preparing on the writer pool now would wait for the
// connection that tx holds).
func (db *DB) txStmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	db.mu.Lock()
	st, ok := db.stmts[query]
	if !ok && db.noted != nil {
		db.noted[query] = true
	}
	db.mu.Unlock()
	if ok {
		return tx.StmtContext(ctx, st), nil
	}
	st, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	return st, nil
}

// prepareNoted prepares the queries noted by txStmt on the writer pool. It
// must not be called while the caller holds a write transaction.
func (db *DB) prepareNoted(ctx context.Context) error {
	db.mu.Lock()
	var qs []string
	for q := range db.noted {
		qs = append(qs, q)
	}
	clear(db.noted)
	db.mu.Unlock()
	for _, q := range qs {
		st, err := db.w.PrepareContext(ctx, q)
		if err != nil {
			return store.Internal("prepare statement", err)
		}
		db.mu.Lock()
		if _, dup := db.stmts[q]; dup || db.stmts == nil {
			st.Close()
		} else {
			db.stmts[q] = st
		}
		db.mu.Unlock()
	}
	return nil
}

// wtx is a write transaction whose statements are prepared once per DB.
type wtx struct {
	db  *DB
	tx  *sql.Tx
	ctx context.Context
}

func (t wtx) exec(query string, args ...any) (sql.Result, error) {
	st, err := t.db.txStmt(t.ctx, t.tx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

// scan runs a query returning at most one row and scans it into dest; it
// returns sql.ErrNoRows when there is none.
func (t wtx) scan(query string, args []any, dest ...any) error {
	st, err := t.db.txStmt(t.ctx, t.tx, query)
	if err != nil {
		return err
	}
	return st.QueryRowContext(t.ctx, args...).Scan(dest...)
}

func (t wtx) query(query string, args ...any) (*sql.Rows, error) {
	st, err := t.db.txStmt(t.ctx, t.tx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.ctx, args...)
}

// readTx begins a read-only transaction: one snapshot for a page built from
// several queries.
func (db *DB) readTx(ctx context.Context) (*sql.Tx, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, store.Internal("begin read", err)
	}
	return tx, nil
}
