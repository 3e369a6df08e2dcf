# Shell functions shared by the scripts that start local servers
# (postgres.sh, nats.sh, cluster.sh). Sourced, not run: the script sets
# `name` (the prefix of its messages) first.

log() { echo "$name: $*" >&2; }
die() { log "$*"; exit 1; }

# port_busy reports whether something listens on 127.0.0.1:$1.
port_busy() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# free_port prints the first port from $1 on where nothing listens (at most
# 50 tried); it fails when none is free.
free_port() {
	local port="$1" tries=0
	while port_busy "$port"; do
		tries=$((tries + 1))
		[ "$tries" -lt 50 ] || die "no free port from $1 to $port"
		port=$((port + 1))
	done
	echo "$port"
}
