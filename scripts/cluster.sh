#!/usr/bin/env bash
# The scale-out setup on one machine without docker: PostgreSQL and NATS
# JetStream (scripts/postgres.sh, scripts/nats.sh), N factgraph workers and
# the factgraph server, all on loopback (docs/scale.md).
#
#   scripts/cluster.sh start [N]  start what is not running: the servers, N
#                                 workers (default 2, or FACTGRAPH_WORKERS) and
#                                 the API server; prints how to reach them
#   scripts/cluster.sh status     say what runs
#   scripts/cluster.sh env        print the export lines for FACTGRAPH_QUEUE,
#                                 FACTGRAPH_STORE and FACTGRAPH_URL
#   scripts/cluster.sh stop       stop the workers and the server (SIGTERM:
#                                 documents in flight finish or go back to the
#                                 queue), then NATS and PostgreSQL
#
# Then, for instance:
#   eval "$(scripts/cluster.sh env)"
#   .artifacts/bin/factgraph ingest --queue "$FACTGRAPH_QUEUE" testdata/
#   curl "$FACTGRAPH_URL/api/documents"
#
# The binary is built into .artifacts/bin/factgraph; logs and pid files are in
# .artifacts/cluster/. The server listens on 127.0.0.1:8080 or the next free
# port (FACTGRAPH_PORT to change the first tried), with a random write token
# kept in .artifacts/cluster/token (given to it in FACTGRAPH_TOKEN, not on its
# command line). Every command is idempotent.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.artifacts/cluster"
bin="$root/.artifacts/bin/factgraph"
first_port="${FACTGRAPH_PORT:-8080}"

name=cluster.sh
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

# alive reports whether the process of pid file $1 runs.
alive() {
	local p
	[ -f "$1" ] && p="$(cat "$1")" && [ -n "$p" ] && kill -0 "$p" 2>/dev/null
}

# launch starts a command in the background, in its own session, with its
# output in log $1 and its pid in $2.
launch() {
	local logf="$1" pidf="$2"
	shift 2
	setsid "$@" >>"$logf" 2>&1 </dev/null &
	echo $! >"$pidf"
}

env_lines() {
	[ -f "$dir/port" ] || die "not started: scripts/cluster.sh start"
	echo "export FACTGRAPH_QUEUE=$("$root/scripts/nats.sh" url)"
	echo "export FACTGRAPH_STORE='$("$root/scripts/postgres.sh" url)'"
	echo "export FACTGRAPH_URL=http://127.0.0.1:$(cat "$dir/port")"
}

start() {
	local n="${1:-${FACTGRAPH_WORKERS:-2}}" pg nats i port tries
	[[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 1 ] || die "the number of workers must be a positive integer, not $n"
	mkdir -p "$dir" "$(dirname "$bin")"
	pg="$("$root/scripts/postgres.sh" start)"
	nats="$("$root/scripts/nats.sh" start)"
	log "building $bin"
	(cd "$root" && CGO_ENABLED=0 go build -o "$bin" ./cmd/factgraph)
	if [ ! -f "$dir/token" ]; then
		(umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/token")
	fi
	for i in $(seq 1 "$n"); do
		if alive "$dir/worker-$i.pid"; then
			continue
		fi
		log "starting worker $i"
		launch "$dir/worker-$i.log" "$dir/worker-$i.pid" "$bin" worker --queue "$nats" --db "$pg" --quiet
	done
	if ! alive "$dir/server.pid"; then
		port="$(free_port "$first_port")"
		echo "$port" >"$dir/port"
		log "starting the server on 127.0.0.1:$port"
		FACTGRAPH_TOKEN="$(cat "$dir/token")" launch "$dir/server.log" "$dir/server.pid" \
			"$bin" serve --db "$pg" --addr "127.0.0.1:$port"
		tries=0
		until port_busy "$port"; do
			alive "$dir/server.pid" || die "the server exited; see $dir/server.log"
			tries=$((tries + 1))
			[ "$tries" -lt 300 ] || die "the server did not listen within 30 s; see $dir/server.log"
			sleep 0.1
		done
	fi
	status
	env_lines
}

status() {
	local f up=0
	for f in "$dir"/worker-*.pid; do
		[ -e "$f" ] || continue
		if alive "$f"; then up=$((up + 1)); fi
	done
	log "$up workers running (logs: $dir/worker-*.log)"
	if alive "$dir/server.pid"; then
		log "server running at http://127.0.0.1:$(cat "$dir/port") (write token in $dir/token)"
	else
		log "server not running"
	fi
	"$root/scripts/nats.sh" status || true
	"$root/scripts/postgres.sh" status || true
}

# stop_pid sends SIGTERM to the process of pid file $1 and waits up to 45 s
# (a worker's grace is 30 s) before SIGKILL.
stop_pid() {
	local f="$1" p tries=0
	alive "$f" || { rm -f "$f"; return; }
	p="$(cat "$f")"
	kill -TERM "$p"
	while kill -0 "$p" 2>/dev/null; do
		tries=$((tries + 1))
		if [ "$tries" -ge 450 ]; then
			log "pid $p did not stop within 45 s; killing it"
			kill -KILL "$p" 2>/dev/null || true
			break
		fi
		sleep 0.1
	done
	rm -f "$f"
}

stop() {
	local f
	[ -d "$dir" ] || { log "not started"; return; }
	stop_pid "$dir/server.pid"
	for f in "$dir"/worker-*.pid; do
		[ -e "$f" ] || continue
		stop_pid "$f" &
	done
	wait
	"$root/scripts/nats.sh" stop
	"$root/scripts/postgres.sh" stop
}

case "${1:-}" in
start)
	shift
	start "$@"
	;;
status) status ;;
env) env_lines ;;
stop) stop ;;
*)
	echo "usage: scripts/cluster.sh start [N]|status|env|stop" >&2
	exit 2
	;;
esac
