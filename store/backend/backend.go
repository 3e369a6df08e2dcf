// Package backend opens a knowledge store from a user's description of
// it: a PostgreSQL URL (postgres://… or postgresql://…) or the path of an
// SQLite file. It is the one place that knows every backend, so that the
// CLI and the server need not.
package backend

import (
	"context"
	"fmt"
	"strings"

	"github.com/factgraph/factgraph/postgres"
	"github.com/factgraph/factgraph/sqlite"
	"github.com/factgraph/factgraph/store"
)

// IsURL reports whether spec names a PostgreSQL server rather than a file.
func IsURL(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// Open opens the store spec describes.
func Open(ctx context.Context, spec string) (store.Store, error) {
	if spec == "" {
		return nil, fmt.Errorf("open store: no store given")
	}
	if IsURL(spec) {
		return postgres.Open(ctx, spec)
	}
	return sqlite.Open(spec)
}
