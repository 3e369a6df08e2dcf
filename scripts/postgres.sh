#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and benchmarks of package
# postgres (docs/postgres.md).
#
#   scripts/postgres.sh start    install PostgreSQL if missing, create the cluster
#                                if needed, start it; prints the URL on stdout
#   scripts/postgres.sh url      print the URL of the running server (fails if stopped)
#   scripts/postgres.sh status   say whether it runs
#   scripts/postgres.sh stop     stop it (nothing to do when it is not running)
#   scripts/postgres.sh destroy  stop it and delete its folder
#
# The cluster lives in .artifacts/pg under the repository (FACTGRAPH_PG_DIR to
# change it), listens on 127.0.0.1 only, at port 55432 or the next free one
# (FACTGRAPH_PG_PORT to change the first tried), with no Unix socket. Logins
# from 127.0.0.1 are trusted: it is a test server, not for data. It has the
# role and database "factgraph" (the role may create databases); the URL is
# postgres://factgraph@127.0.0.1:PORT/factgraph?sslmode=disable.
#
# Installing needs root (or sudo) and Debian's package mirrors: apt-get
# installs "postgresql" without creating or starting Debian's own "main"
# cluster. initdb refuses to run as root, so as root the cluster is owned by
# the "postgres" user and every server command runs as that user. Every
# command is idempotent.
#
# Usage from CI:
#   export FACTGRAPH_POSTGRES_URL="$(scripts/postgres.sh start)"
#   go test ./postgres/
#   scripts/postgres.sh stop
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
base="${FACTGRAPH_PG_DIR:-$root/.artifacts/pg}"
first_port="${FACTGRAPH_PG_PORT:-55432}"
role=factgraph
database=factgraph

name=postgres.sh
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

sudo=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then
	sudo="sudo"
fi

# bindir finds the newest installed server's programs.
bindir() {
	local d best=""
	for d in /usr/lib/postgresql/*/bin; do
		[ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && best="$d"
	done
	if [ -z "$best" ] && command -v pg_config >/dev/null; then
		d="$(pg_config --bindir)"
		[ -x "$d/initdb" ] && best="$d"
	fi
	if [ -z "$best" ] && command -v initdb >/dev/null; then
		best="$(dirname "$(command -v initdb)")"
	fi
	echo "$best"
}

install_postgres() {
	if [ -n "$(bindir)" ]; then
		return
	fi
	command -v apt-get >/dev/null || die "PostgreSQL is not installed and there is no apt-get: install PostgreSQL (initdb, pg_ctl, psql) yourself"
	if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
		die "PostgreSQL is not installed: run as root (or with sudo) to install it"
	fi
	log "installing Debian's postgresql"
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -q >&2
	# As the official Docker image does: no "main" cluster created and
	# started by the package; ours is created below.
	$sudo apt-get install -y -q --no-install-recommends postgresql-common >&2
	if [ -f /etc/postgresql-common/createcluster.conf ]; then
		$sudo sed -ri 's/^#?\s*(create_main_cluster)\s*=.*$/\1 = false/' /etc/postgresql-common/createcluster.conf
	fi
	$sudo apt-get install -y -q --no-install-recommends postgresql >&2
	[ -n "$(bindir)" ] || die "postgresql installed, but no initdb found"
}

# owner is the user that owns the cluster and runs the server.
owner() {
	if [ "$(id -u)" -ne 0 ]; then
		id -un
		return
	fi
	if ! id postgres >/dev/null 2>&1; then
		log "creating the system user postgres"
		useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
	fi
	echo postgres
}

# as_owner runs a command as the cluster's owner.
as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$(owner)" -- "$@"
	else
		"$@"
	fi
}

# dir is the cluster's folder: $base, or a folder in /tmp when, as root, the
# owner cannot reach $base (a parent folder closed to others).
dir() {
	local p
	if [ "$(id -u)" -ne 0 ]; then
		echo "$base"
		return
	fi
	p="$(dirname "$base")"
	while [ ! -e "$p" ]; do p="$(dirname "$p")"; done
	if runuser -u "$(owner)" -- test -x "$p" 2>/dev/null; then
		echo "$base"
	else
		echo "${TMPDIR:-/tmp}/factgraph-pg-$(echo "$base" | cksum | cut -d' ' -f1)"
	fi
}

running() {
	local d b
	d="$(dir)"
	b="$(bindir)"
	[ -n "$b" ] && [ -f "$d/data/PG_VERSION" ] && as_owner "$b/pg_ctl" -D "$d/data" status >/dev/null 2>&1
}

port_of() {
	local d
	d="$(dir)"
	[ -f "$d/port" ] || die "no port recorded in $d/port"
	cat "$d/port"
}

url() {
	echo "postgres://$role@127.0.0.1:$(port_of)/$database?sslmode=disable"
}

start() {
	install_postgres
	local b d data port
	b="$(bindir)"
	d="$(dir)"
	data="$d/data"
	if [ "$d" != "$base" ]; then
		log "the postgres user cannot reach $base; using $d"
	fi
	(umask 022 && mkdir -p "$d")
	if [ "$(id -u)" -eq 0 ]; then
		chown "$(owner)": "$d"
		chmod 700 "$d"
	fi
	if [ ! -f "$data/PG_VERSION" ]; then
		log "creating a cluster in $data"
		rm -rf "$data"
		as_owner "$b/initdb" -D "$data" --username=postgres --auth=trust \
			--encoding=UTF8 --locale=C.UTF-8 >"$d/initdb.log" 2>&1 ||
			die "initdb failed; see $d/initdb.log"
		cat >>"$data/postgresql.conf" <<-EOF

			# scripts/postgres.sh: loopback only, no Unix socket; the port is given at start.
			listen_addresses = '127.0.0.1'
			unix_socket_directories = ''
		EOF
	fi
	if running; then
		log "already running in $data"
		url
		return
	fi
	port="$(free_port "$first_port")"
	echo "$port" | as_owner tee "$d/port" >/dev/null
	log "starting PostgreSQL ($("$b/postgres" --version)) on 127.0.0.1:$port"
	as_owner "$b/pg_ctl" -D "$data" -l "$d/server.log" -w -t 60 -o "-p $port" start >&2 ||
		die "the server did not start; see $d/server.log"
	local psql=("$b/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres -tA)
	if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
		"${psql[@]}" -c "CREATE ROLE $role LOGIN CREATEDB" >&2
	fi
	if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
		"${psql[@]}" -c "CREATE DATABASE $database OWNER $role ENCODING 'UTF8' TEMPLATE template0" >&2
	fi
	url
}

stop() {
	local d
	d="$(dir)"
	if running; then
		as_owner "$(bindir)/pg_ctl" -D "$d/data" -w -t 60 -m fast stop >&2
	else
		log "not running"
	fi
}

case "${1:-}" in
start) start ;;
url)
	running || die "the server is not running: scripts/postgres.sh start"
	url
	;;
status)
	if running; then
		log "running in $(dir)/data: $(url)"
	else
		log "not running"
		exit 3
	fi
	;;
stop) stop ;;
destroy)
	stop
	rm -rf "$(dir)"
	;;
*)
	echo "usage: scripts/postgres.sh start|url|status|stop|destroy" >&2
	exit 2
	;;
esac
