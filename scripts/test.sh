#!/usr/bin/env bash
# Runs every test: installs headless Chromium for the browser test of the web
# UI when it can (root or sudo, network to Debian's mirrors), then the Go
# tests. Without Chromium the browser test skips with a message; tests that
# need the public corpora in ../shared/data skip when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! scripts/install-chromium.sh; then
	echo "test.sh: could not install chromium; the browser test will be skipped" >&2
fi
export FACTGRAPH_ARTIFACTS="${FACTGRAPH_ARTIFACTS:-$PWD/.artifacts/screenshots}"
mkdir -p "$FACTGRAPH_ARTIFACTS"
go test ./...
echo "screenshots of the web UI: $FACTGRAPH_ARTIFACTS"
