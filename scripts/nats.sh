#!/usr/bin/env bash
# A throwaway NATS server with JetStream for the work queue's tests, the
# fault and load tests and scripts/cluster.sh (docs/scale.md).
#
#   scripts/nats.sh start    install nats-server if missing, start it; prints
#                            the URL on stdout
#   scripts/nats.sh url      print the URL of the running server (fails if stopped)
#   scripts/nats.sh status   say whether it runs
#   scripts/nats.sh stop     stop it (nothing to do when it is not running)
#   scripts/nats.sh destroy  stop it and delete its folder (the stored messages)
#   scripts/nats.sh bin      install nats-server if missing; print its path
#
# The server lives in .artifacts/nats under the repository (FACTGRAPH_NATS_DIR
# to change it): its configuration, log, pid file and the JetStream store
# (jetstream/, file-backed, so queued messages survive a restart). It listens
# on 127.0.0.1 only, at port 54222 or the next free one (FACTGRAPH_NATS_PORT
# to change the first tried), without authentication: it is a test server.
# Messages may be up to 16 MB (max_payload), room for the 10 MiB texts the
# pipeline accepts. The URL is nats://127.0.0.1:PORT.
#
# Installing: a nats-server of version 2.10 or later on PATH is used as it is;
# otherwise `go install github.com/nats-io/nats-server/v2@$NATS_VERSION`
# builds the pinned version from the Go module proxy into
# ~/.cache/factgraph/nats-server-$NATS_VERSION/ (once per machine; about a
# minute on two cores). Debian's package is older (2.9) than what the tests
# are run with. FACTGRAPH_NATS_SERVER names a binary to use instead. Every
# command is idempotent.
#
# Usage from CI:
#   export FACTGRAPH_NATS_URL="$(scripts/nats.sh start)"
#   go test ./queue/ ./worker/
#   scripts/nats.sh stop
set -euo pipefail

NATS_VERSION=v2.15.2

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${FACTGRAPH_NATS_DIR:-$root/.artifacts/nats}"
first_port="${FACTGRAPH_NATS_PORT:-54222}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/factgraph/nats-server-$NATS_VERSION"

name=nats.sh
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

# usable reports whether the nats-server at $1 is version 2.10 or later.
usable() {
	local v
	[ -x "$1" ] || return 1
	v="$("$1" --version 2>/dev/null | sed -n 's/.*v\([0-9]*\)\.\([0-9]*\)\..*/\1 \2/p')"
	[ -n "$v" ] || return 1
	set -- $v
	[ "$1" -gt 2 ] || { [ "$1" -eq 2 ] && [ "$2" -ge 10 ]; }
}

# bin prints the path of a usable nats-server, installing it if needed.
bin() {
	local b
	if [ -n "${FACTGRAPH_NATS_SERVER:-}" ]; then
		usable "$FACTGRAPH_NATS_SERVER" || die "FACTGRAPH_NATS_SERVER=$FACTGRAPH_NATS_SERVER is not a nats-server of version 2.10 or later"
		echo "$FACTGRAPH_NATS_SERVER"
		return
	fi
	if b="$(command -v nats-server)" && usable "$b"; then
		echo "$b"
		return
	fi
	if ! usable "$cache/nats-server"; then
		command -v go >/dev/null || die "no nats-server of version 2.10 or later, and no go to build one: install nats-server yourself"
		log "building nats-server $NATS_VERSION with go install into $cache (once)"
		mkdir -p "$cache"
		GOBIN="$cache" CGO_ENABLED=0 GOFLAGS= go install "github.com/nats-io/nats-server/v2@$NATS_VERSION" >&2 ||
			die "go install github.com/nats-io/nats-server/v2@$NATS_VERSION failed"
		usable "$cache/nats-server" || die "the built $cache/nats-server does not run"
	fi
	echo "$cache/nats-server"
}

pid() {
	[ -f "$dir/nats.pid" ] && cat "$dir/nats.pid"
}

running() {
	local p
	p="$(pid 2>/dev/null)" || return 1
	[ -n "$p" ] && kill -0 "$p" 2>/dev/null && grep -q nats-server "/proc/$p/cmdline" 2>/dev/null
}

port_of() {
	[ -f "$dir/port" ] || die "no port recorded in $dir/port"
	cat "$dir/port"
}

url() {
	echo "nats://127.0.0.1:$(port_of)"
}

start() {
	local b port tries p
	b="$(bin)"
	mkdir -p "$dir/jetstream"
	if running; then
		log "already running in $dir"
		url
		return
	fi
	port="$(free_port "$first_port")"
	echo "$port" >"$dir/port"
	cat >"$dir/nats.conf" <<-EOF
		# scripts/nats.sh: loopback only, JetStream in files under this folder.
		listen: "127.0.0.1:$port"
		max_payload: 16MB
		jetstream {
		  store_dir: "$dir/jetstream"
		}
	EOF
	log "starting $("$b" --version) on 127.0.0.1:$port"
	rm -f "$dir/nats.pid"
	# setsid: the server outlives this script and its caller's signals.
	setsid "$b" -c "$dir/nats.conf" -P "$dir/nats.pid" >>"$dir/server.log" 2>&1 </dev/null &
	p=$!
	tries=0
	until port_busy "$port" && [ -f "$dir/nats.pid" ]; do
		kill -0 "$p" 2>/dev/null || die "the server exited; see $dir/server.log"
		tries=$((tries + 1))
		[ "$tries" -lt 300 ] || die "the server did not listen within 30 s; see $dir/server.log"
		sleep 0.1
	done
	url
}

stop() {
	local p tries
	if ! running; then
		log "not running"
		return
	fi
	p="$(pid)"
	kill -TERM "$p"
	tries=0
	while kill -0 "$p" 2>/dev/null; do
		tries=$((tries + 1))
		[ "$tries" -lt 300 ] || die "the server (pid $p) did not stop within 30 s"
		sleep 0.1
	done
	rm -f "$dir/nats.pid"
}

case "${1:-}" in
start) start ;;
url)
	running || die "the server is not running: scripts/nats.sh start"
	url
	;;
status)
	if running; then
		log "running in $dir: $(url)"
	else
		log "not running"
		exit 3
	fi
	;;
stop) stop ;;
destroy)
	stop
	rm -rf "$dir"
	;;
bin) bin ;;
*)
	echo "usage: scripts/nats.sh start|url|status|stop|destroy|bin" >&2
	exit 2
	;;
esac
