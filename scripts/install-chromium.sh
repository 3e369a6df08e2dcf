#!/usr/bin/env bash
# Installs Debian's chromium for the browser test of package server
# (server/browser_test.go). Idempotent: it returns at once when a chromium
# binary is already there. Needs root (or sudo) and network access to the
# Debian mirrors.
set -euo pipefail

for bin in /usr/bin/chromium /usr/bin/chromium-browser; do
	if [ -x "$bin" ]; then
		echo "chromium is installed: $bin"
		exit 0
	fi
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if ! command -v sudo >/dev/null; then
		echo "install-chromium.sh: run as root or install sudo" >&2
		exit 1
	fi
	sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
