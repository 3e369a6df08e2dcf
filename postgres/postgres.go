// Package postgres implements store.Store on PostgreSQL through
// github.com/jackc/pgx/v5 and its connection pool, so that several
// ingesters and servers can share one knowledge store.
//
// The semantics are those of package sqlite, checked by the same suite
// (store/storetest): documents deduplicated by the SHA-256 of their text,
// every write of one document in one transaction, identity across
// documents by store.IdentityKey, reversible with Unmerge. Migrations are
// numbered SQL files embedded in the binary (migration/NNNN_what.sql),
// applied at Open in one transaction under an advisory lock and recorded in
// schema_version. Search uses PostgreSQL full-text search: GIN-indexed
// tsvectors holding each text both stemmed ('russian') and as written
// ('simple'), ranked with ts_rank.
//
// Writers that share an identity key are serialized by transaction-level
// advisory locks taken on the keys of a document, in one global order, before
// any entity row is touched: two ingesters storing «Дмитрий Шугаев» at once
// end with one entity, and they cannot deadlock. See docs/postgres.md.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"net"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/factgraph/factgraph/internal/sqlstore"
	"github.com/factgraph/factgraph/store"
)

//go:embed migration/*.sql
var migrations embed.FS

// ConnectTimeout bounds each attempt to connect to the server when the URL
// sets no connect_timeout.
const ConnectTimeout = 10 * time.Second

// maxRetries is how many times a transaction that failed on a
// serialization failure or a deadlock is tried again.
const maxRetries = 5

// DB is a store.Store on a PostgreSQL database. It is safe for concurrent
// use, and several DBs (in one process or many) may share a database.
type DB struct {
	// Reader gives the list and entity-page methods shared with sqlite.
	sqlstore.Reader

	pool *pgxpool.Pool
	url  string // redacted

	// failpoint, when set (by tests), is called at each step of
	// PutDocument and fails the transaction when it returns an error.
	failpoint sqlstore.Failpoint
}

var _ store.Store = (*DB)(nil)

// Open connects to the PostgreSQL database named by url and applies the
// migrations it lacks. The url is a libpq connection string as pgx reads
// it, a URL (postgres://user:password@host:5432/database?sslmode=disable)
// or key=value pairs; pool settings such as pool_max_conns and run-time
// parameters such as search_path (to keep the store in a schema of its
// own) may be added to it. The database must use the UTF8 encoding and a
// locale whose character classes know Cyrillic (C.UTF-8, ru_RU.UTF-8, …).
func Open(ctx context.Context, url string) (*DB, error) {
	safe := redact(url)
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, &store.Error{Code: store.EINVALID, Message: "postgres: invalid connection URL", Err: err}
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = ConnectTimeout
	}
	if _, ok := cfg.ConnConfig.RuntimeParams["application_name"]; !ok {
		cfg.ConnConfig.RuntimeParams["application_name"] = "factgraph"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, &store.Error{Code: store.EINTERNAL, Message: "postgres: cannot open " + safe, Err: err}
	}
	db := &DB{pool: pool, url: safe}
	db.Reader = sqlstore.Reader{Dialect: dialect, InTx: db.inReadTx, ScanEntity: scanEnt, ScanDocument: scanDoc}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, &store.Error{Code: store.EINTERNAL, Message: "postgres: cannot connect to " + safe, Err: err}
	}
	if err := db.checkServer(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, dbErr("postgres: migrate "+safe, err)
	}
	return db, nil
}

// URL returns the connection string the store was opened with, its
// password hidden.
func (db *DB) URL() string { return db.url }

// Close closes the connection pool, waiting for connections in use.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// checkServer refuses databases where Cyrillic text cannot be searched:
// an encoding other than UTF8, or a locale (LC_CTYPE "C" or "POSIX") in
// which lower() and the text search parser see only ASCII letters.
func (db *DB) checkServer(ctx context.Context) error {
	var enc, ctype string
	var folds bool
	err := db.pool.QueryRow(ctx, `SELECT current_setting('server_encoding'), current_setting('lc_ctype'),
		lower('ЁЖ') = 'ёж'`).Scan(&enc, &ctype, &folds)
	if err != nil {
		return dbErr("postgres: check the server of "+db.url, err)
	}
	if enc != "UTF8" {
		return store.Errorf(store.EINVALID, "postgres: database %s has encoding %s; factgraph needs UTF8", db.url, enc)
	}
	if !folds {
		return store.Errorf(store.EINVALID, "postgres: database %s has LC_CTYPE %q, which does not know Cyrillic letters; "+
			"create it with a UTF-8 locale (CREATE DATABASE … LOCALE 'C.UTF-8' TEMPLATE template0)", db.url, ctype)
	}
	return nil
}

// migration is one numbered SQL file.
type migration = sqlstore.Migration

// loadMigrations reads the embedded migration files in version order.
func loadMigrations() ([]migration, error) { return sqlstore.LoadMigrations(migrations) }

// migrationLock is the first key of the advisory lock that serializes
// migrations; the second is the hash of the schema migrated.
const migrationLock = 0x66677261 // "fgra"

// migrate applies the migrations newer than the database's schema version,
// all in one transaction holding an advisory lock, so that processes
// opening a new database at once apply each file once.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	return pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1, hashtext(COALESCE(current_schema(), '')))", migrationLock); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
			return fmt.Errorf("create schema_version: %w", err)
		}
		var cur int
		if err := tx.QueryRow(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_version").Scan(&cur); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		if n := len(ms); n > 0 && cur > ms[n-1].Version {
			return fmt.Errorf("the database has schema version %d, newer than this program's %d", cur, ms[n-1].Version)
		}
		for _, m := range ms {
			if m.Version <= cur {
				continue
			}
			// Without arguments, Exec uses the simple protocol, which
			// runs a file of several statements.
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("migration %s: %w", m.Name, err)
			}
			if _, err := tx.Exec(ctx, "INSERT INTO schema_version (version, name) VALUES ($1, $2)", m.Version, m.Name); err != nil {
				return fmt.Errorf("migration %s: %w", m.Name, err)
			}
		}
		return nil
	})
}

// SchemaVersion returns the version of the newest migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.pool.QueryRow(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_version").Scan(&v)
	return v, dbErr("read schema version", err)
}

// inTx runs fn in a transaction, committing when it returns nil, and runs
// it again (up to maxRetries times) when the transaction fails on a
// serialization failure or a deadlock.
func (db *DB) inTx(ctx context.Context, opt pgx.TxOptions, fn func(pgx.Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := pgx.BeginTxFunc(ctx, db.pool, opt, fn)
		if err == nil || attempt >= maxRetries || !retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt+1) * 10 * time.Millisecond):
		}
	}
}

// readTx runs fn in a read-only REPEATABLE READ transaction: one snapshot
// for a page built from several queries.
func (db *DB) readTx(ctx context.Context, fn func(pgx.Tx) error) error {
	return db.inTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
}

// SQLSTATE codes the store treats specially.
const (
	codeUniqueViolation      = "23505"
	codeSerializationFailure = "40001"
	codeDeadlockDetected     = "40P01"
	codeProgramLimitExceeded = "54000"
)

func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == codeSerializationFailure || pe.Code == codeDeadlockDetected)
}

// dbErr turns an error of operation op into a store error: unchanged when it
// already carries one; ECONFLICT for a unique violation or a conflict that
// outlived the retries; EINVALID for data PostgreSQL refuses (class 22, or
// a text too large to index); EINTERNAL otherwise, saying when the server
// could not be reached. It returns nil for nil.
func dbErr(op string, err error) error {
	if err == nil {
		return nil
	}
	var se *store.Error
	if errors.As(err, &se) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == codeUniqueViolation:
			return &store.Error{Code: store.ECONFLICT, Message: op + ": a concurrent write conflicted with this one; try again", Err: err}
		case pe.Code == codeSerializationFailure || pe.Code == codeDeadlockDetected:
			return &store.Error{Code: store.ECONFLICT, Message: op + ": too many concurrent writes; try again", Err: err}
		case strings.HasPrefix(pe.Code, "22") || pe.Code == codeProgramLimitExceeded:
			return &store.Error{Code: store.EINVALID, Message: op + ": PostgreSQL refused the input: " + pe.Message, Err: err}
		}
		return &store.Error{Code: store.EINTERNAL, Message: op + " failed", Err: err}
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	if errors.As(err, &ce) || errors.As(err, &ne) || pgconn.Timeout(err) {
		return &store.Error{Code: store.EINTERNAL, Message: op + " failed: the PostgreSQL server cannot be reached", Err: err}
	}
	return store.Internal(op, err)
}

// passwordRE finds a password in a key=value connection string.
var passwordRE = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// redact returns a connection string with its password hidden.
func redact(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme != "" {
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.Redacted()
	}
	return passwordRE.ReplaceAllString(s, "${1}xxxxx")
}

// keyLock returns the advisory lock ID of an identity key: a 64-bit FNV-1a
// hash. Different keys may share an ID; that only serializes their writers.
func keyLock(key string) int64 {
	h := fnv.New64a()
	h.Write([]byte("factgraph identity key\x00"))
	h.Write([]byte(key))
	return int64(h.Sum64())
}

// lockKeys takes the advisory locks of the identity keys, in the order of
// their IDs, for the rest of the transaction.
func lockKeys(ctx context.Context, tx pgx.Tx, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(keys))
	seen := map[int64]bool{}
	for _, k := range keys {
		if id := keyLock(k); !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	// unnest yields the IDs in array order, and the locks are taken row by
	// row in that order.
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k", ids); err != nil {
		return fmt.Errorf("lock identity keys: %w", err)
	}
	return nil
}

// execBatch sends the queued statements in one round trip and returns the
// first error.
func execBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	if b.Len() == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, b)
	var first error
	for i := 0; i < b.Len(); i++ {
		if _, err := br.Exec(); err != nil {
			first = err
			break
		}
	}
	if err := br.Close(); first == nil {
		first = err
	}
	return first
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }
