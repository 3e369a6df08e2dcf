// Package sqlstore is the part of the SQL store backends (sqlite, postgres)
// that does not depend on the driver: the queries both run with the same
// text, the scanning of their rows into store types, the assembly of the
// entity page and the neighbourhood graph, the bookkeeping of Unmerge and
// the pure helpers of PutDocument.
//
// The backends reach their database through Querier: sqlite wraps a
// database/sql transaction with Std, postgres passes its pgx transaction
// (whose Rows and Row already have the needed methods) through a one-line
// adapter. Shared query text is written with PostgreSQL's numbered
// placeholders ($1, $2, …); Dialect.SQL rewrites them into SQLite's ?1, ?2,
// which bind the same way.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// Scanner is a row that can be scanned: *sql.Row, *sql.Rows, pgx.Row,
// pgx.Rows.
type Scanner interface{ Scan(dest ...any) error }

// Rows is a result set: pgx.Rows as it is, *sql.Rows through Std.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Querier runs queries in one transaction.
type Querier interface {
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Scanner
}

// StdQuerier is what *sql.DB and *sql.Tx share.
type StdQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Std adapts a database/sql DB or transaction to Querier.
func Std(q StdQuerier) Querier { return std{q} }

type std struct{ q StdQuerier }

func (s std) Query(ctx context.Context, query string, args ...any) (Rows, error) {
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return stdRows{rows}, nil
}

func (s std) QueryRow(ctx context.Context, query string, args ...any) Scanner {
	return s.q.QueryRowContext(ctx, query, args...)
}

// stdRows drops the error of Close, which Err reports.
type stdRows struct{ *sql.Rows }

func (r stdRows) Close() { r.Rows.Close() }

// Dialect is what differs between the backends in the shared queries.
type Dialect struct {
	// Question makes SQL rewrite $N placeholders into ?N (SQLite).
	Question bool
	// NoRows is the driver's error for a single-row query that found no
	// row (sql.ErrNoRows, pgx.ErrNoRows).
	NoRows error
	// ParticipantOrder is the column of event_participants that keeps
	// the order of an event's participants (SQLite's rowid, PostgreSQL's
	// pos).
	ParticipantOrder string
}

// SQL returns query, written with $N placeholders, in the dialect.
func (d Dialect) SQL(query string) string {
	if d.Question {
		return strings.ReplaceAll(query, "$", "?")
	}
	return query
}

// noRows reports whether err is the driver's "no rows" error.
func (d Dialect) noRows(err error) bool { return errors.Is(err, d.NoRows) }

// OpError is a failure of one step of a shared operation: Op names the
// step ("read entity sources"). Its message is "Op: Err".
type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *OpError) Unwrap() error { return e.Err }

func opErr(op string, err error) error {
	if err == nil {
		return nil
	}
	return &OpError{Op: op, Err: err}
}
