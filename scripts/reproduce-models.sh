#!/usr/bin/env bash
# Reproduces the shipped models from the public corpora and checks them byte
# for byte: for each model asked for (ner, re, tagger; all three by default)
# it finds the commit that last wrote the model file, checks that commit out
# in a temporary git worktree, builds factgraph there, runs the training
# command the model was shipped with, and compares the SHA-256 of the file it
# writes with the file in the current checkout. It prints one line per model,
# "MATCH" or "DIFFER", and exits 1 when a model differs.
#
# Why the commit that wrote the file and not the current code: the rules
# after the models (refine, relation, event) are fitted to the shipped
# weights, and training depends on the tokenizer and feature code of its
# commit; docs/ner.md ("Reproducing the shipped models") says how far
# today's code moves each model. `factgraph train ner|re|tagger` retrains a
# model with the current code.
#
# usage: scripts/reproduce-models.sh [-data DIR] [-keep DIR] [ner] [re] [tagger]
#   -data DIR   the public corpora (default ../shared/data from the repository)
#   -keep DIR   keep the written models and training logs in DIR (default: a
#               temporary folder, removed at the end)
# Needs git history (a clone, not an archive), Go, and about 2.7 GB of memory
# for the relation model. Time on the 2-core development machine, quiet:
# ner 5.5 min, re 5 min, tagger 4 min, plus a build per model (ner took
# 43 min under a load average of 20).
set -euo pipefail
name=reproduce-models
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
root=$(pwd)

data="$root/../shared/data" keep=""
models=()
while [ $# -gt 0 ]; do
	case "$1" in
	-data | --data) data="$2"; shift 2 ;;
	-keep | --keep) keep="$2"; shift 2 ;;
	ner | re | tagger) models+=("$1"); shift ;;
	*) die "unknown argument $1 (usage: $0 [-data DIR] [-keep DIR] [ner] [re] [tagger])" ;;
	esac
done
[ ${#models[@]} -gt 0 ] || models=(ner re tagger)
[ -d "$data/nerel/train" ] || die "no NEREL train in $data (set -data DIR)"
data=$(cd "$data" && pwd)
git rev-parse --git-dir >/dev/null 2>&1 || die "not a git checkout: the script checks out the commits that wrote the models"

work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
out="${keep:-$work/out}"
mkdir -p "$out"

# The file each model is shipped as and the training command that wrote it
# (flags after `factgraph train`); update the command when a model is
# retrained with other options.
path_of() {
	case "$1" in
	ner) echo ner/model/ru-nerel.fgm ;;
	re) echo relation/model/ru-nerel.fgr ;;
	tagger) echo tagger/model/ru.fgt ;;
	esac
}
command_of() {
	case "$1" in
	ner) echo "ner" ;;
	re) echo "re" ;;
	tagger) echo "tagger --with-dev --domains" ;;
	esac
}

status=0
for m in "${models[@]}"; do
	file=$(path_of "$m")
	rev=$(git log -1 --format=%H -- "$file")
	[ -n "$rev" ] || die "$file has no commit"
	git worktree remove --force "$work/src" >/dev/null 2>&1 || true
	git worktree add --detach "$work/src" "$rev" >/dev/null 2>&1 || die "cannot check out $rev"
	log "$m: building factgraph at ${rev:0:12}"
	(cd "$work/src" && go build -o "$work/factgraph" ./cmd/factgraph) || die "$m: build at $rev failed"
	log "$m: factgraph train $(command_of "$m") (log in $out/$m.log)"
	start=$(date +%s)
	procs=${GOMAXPROCS:-}
	[ "$m" != tagger ] || procs=1 # as the tagger's model was written (docs/tagger.md)
	# shellcheck disable=SC2046 # the command's flags are words
	if ! (cd "$work/src" && GOMAXPROCS=$procs "$work/factgraph" train $(command_of "$m") -data "$data" -out "$out/$(basename "$file")") >"$out/$m.log" 2>&1; then
		tail -5 "$out/$m.log" >&2
		die "$m: training failed"
	fi
	want=$(git show "HEAD:$file" | sha256sum | cut -c1-64)
	got=$(sha256sum "$out/$(basename "$file")" | cut -c1-64)
	secs=$(($(date +%s) - start))
	if [ "$want" = "$got" ]; then
		echo "MATCH  $m  $file  written by ${rev:0:12}  sha256 ${got:0:16}…  ${secs}s"
	else
		echo "DIFFER $m  $file  written by ${rev:0:12}  shipped ${want:0:16}…  retrained ${got:0:16}…  ${secs}s"
		if [ "$m" = re ] && git merge-base --is-ancestor "$rev" 66b04ff 2>/dev/null; then
			# Before 66b04ff, train re wrote its wall time into the metadata.
			echo "       (${rev:0:12} wrote the training time into the model's metadata, so its files differ in that entry;"
			echo "       the shipped file and one retrained there were compared without it, docs/relation.md «Twentieth session (lead)»)"
		fi
		status=1
	fi
done
exit $status
