#!/usr/bin/env bash
# Runs every test: installs headless Chromium for the browser test of the web
# UI and starts a throwaway PostgreSQL for the postgres backend when it can
# (root or sudo, network to Debian's mirrors), then the Go tests. Without Chromium the browser test skips with a message; tests that
# need the public corpora in ../shared/data skip when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! scripts/install-chromium.sh; then
	echo "test.sh: could not install chromium; the browser test will be skipped" >&2
fi
# A throwaway PostgreSQL on loopback for the postgres backend's tests.
if [ -z "${FACTGRAPH_POSTGRES_URL:-}" ]; then
	if url=$(scripts/postgres.sh start); then
		export FACTGRAPH_POSTGRES_URL="$url"
		trap 'scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
	else
		echo "test.sh: could not start PostgreSQL; the postgres tests will be skipped" >&2
	fi
fi
export FACTGRAPH_ARTIFACTS="${FACTGRAPH_ARTIFACTS:-$PWD/.artifacts/screenshots}"
mkdir -p "$FACTGRAPH_ARTIFACTS"
go test ./...
echo "screenshots of the web UI: $FACTGRAPH_ARTIFACTS"
