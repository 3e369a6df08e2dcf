#!/usr/bin/env bash
# Runs staticcheck at a pinned version, installing it through the Go module
# proxy on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
version=v0.8.2
bin="$(go env GOPATH)/bin/staticcheck"
if ! "$bin" -version 2>/dev/null | grep -q "${version#v}"; then
	(cd / && go install "honnef.co/go/tools/cmd/staticcheck@$version")
fi
"$bin" ./...
