// Package pgtest gives tests outside package postgres a PostgreSQL store of
// their own on the server named by FACTGRAPH_POSTGRES_URL (scripts/postgres.sh
// start): a schema created for the test and dropped after it. Tests skip
// with a message saying how to get a server when the variable is not set.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// URLEnv names the test server.
const URLEnv = "FACTGRAPH_POSTGRES_URL"

// Admin returns a connection pool on the test server, closed when the test
// ends, or skips the test.
func Admin(tb testing.TB) *pgxpool.Pool {
	tb.Helper()
	u := os.Getenv(URLEnv)
	if u == "" {
		tb.Skipf("%s is not set: run `export %s=$(scripts/postgres.sh start)` to test on PostgreSQL", URLEnv, URLEnv)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, u)
	if err == nil {
		err = pool.Ping(ctx)
	}
	if err != nil {
		tb.Skipf("the PostgreSQL server of %s is unreachable: %v", URLEnv, err)
	}
	tb.Cleanup(pool.Close)
	return pool
}

// Schema creates an empty schema, dropped when the test ends, and returns
// its name.
func Schema(tb testing.TB) string {
	tb.Helper()
	pool := Admin(tb)
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	schema := "fgtest_" + hex.EncodeToString(b)
	if _, err := pool.Exec(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := pool.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return schema
}

// URL returns a URL of the test server whose connections use the schema
// (search_path) and carry the application name app, for pg_stat_activity
// ("" leaves the default).
func URL(tb testing.TB, schema, app string) string {
	tb.Helper()
	u, err := url.Parse(os.Getenv(URLEnv))
	if err != nil {
		tb.Fatalf("%s: %v", URLEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	if app != "" {
		q.Set("application_name", app)
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// Terminate ends the server processes of every connection whose
// application name is app, as an administrator or a failover would, and
// returns how many it ended.
func Terminate(tb testing.TB, app string) int {
	tb.Helper()
	var n int
	err := Admin(tb).QueryRow(context.Background(),
		"SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()) t",
		app).Scan(&n)
	if err != nil {
		tb.Fatalf("terminate the connections of %s: %v", app, err)
	}
	return n
}
