#!/usr/bin/env bash
# Runs every test: installs headless Chromium for the browser test of the web
# UI, starts a throwaway PostgreSQL for the postgres backend when it can
# (root or sudo, network to Debian's mirrors) and a throwaway NATS JetStream
# server for the work queue (built with go install the first time), then the
# Go tests, the fault tests of package worker among them. Without Chromium
# the browser test skips with a message, and so do the tests that need
# PostgreSQL or NATS without them; tests that need the public corpora in
# ../shared/data skip when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! scripts/install-chromium.sh; then
	echo "test.sh: could not install chromium; the browser test will be skipped" >&2
fi
# Servers this script started are stopped when it ends.
pg_cleanup="" nats_cleanup=""
trap 'eval "$pg_cleanup"; eval "$nats_cleanup"' EXIT
# A throwaway PostgreSQL on loopback for the postgres backend's tests.
if [ -z "${FACTGRAPH_POSTGRES_URL:-}" ]; then
	if url=$(scripts/postgres.sh start); then
		export FACTGRAPH_POSTGRES_URL="$url"
		pg_cleanup="scripts/postgres.sh stop >/dev/null 2>&1 || true"
	else
		echo "test.sh: could not start PostgreSQL; the postgres tests will be skipped" >&2
	fi
fi
# A throwaway NATS server with JetStream on loopback for the queue, the
# workers and their fault tests; the tests that restart a server start their
# own from the same binary.
if [ -z "${FACTGRAPH_NATS_URL:-}" ]; then
	if url=$(scripts/nats.sh start); then
		export FACTGRAPH_NATS_URL="$url"
		nats_cleanup="scripts/nats.sh stop >/dev/null 2>&1 || true"
	else
		echo "test.sh: could not start a NATS server; the queue and worker tests will be skipped" >&2
	fi
fi
if [ -z "${FACTGRAPH_NATS_SERVER:-}" ] && bin=$(scripts/nats.sh bin 2>/dev/null); then
	export FACTGRAPH_NATS_SERVER="$bin"
fi
export FACTGRAPH_ARTIFACTS="${FACTGRAPH_ARTIFACTS:-$PWD/.artifacts/screenshots}"
mkdir -p "$FACTGRAPH_ARTIFACTS"
go test ./...
echo "screenshots of the web UI: $FACTGRAPH_ARTIFACTS"
