#!/usr/bin/env bash
# Each page people use at 08:30, alone, under wrk's closed loop (64 connections by default), spread over many
# signed-in users of a region-scale database, beside the node's trivial ceiling (/actuator/health) in the same run.
# Usage: [TARGETS="day tasks ..."] perf/hot-pages.sh BASE_URL FEEDERS_DIR [PASSWORD] [CONNECTIONS] [SECONDS] [USERS]
# TARGETS (default: all but api-day): health day api-day tasks task parent-day child-journal journal inbox attendance
# FEEDERS_DIR holds students.csv, parents.csv, teachers.csv (perf/feeders.sql). Prints req/s, p50, p99 and
# non-200 answers per target.
set -euo pipefail
base=${1:?BASE_URL}; feeders=${2:?FEEDERS_DIR}; password=${3:-bench}; connections=${4:-64}; seconds=${5:-15}
users=${6:-40}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

prepare() { # name feeder kind
	python3 "$here/wrk/sessions.py" "$base" "$feeders/$2" "$3" "$users" "$password" "$work/$1.tsv" >/dev/null
}
run() { # name
	local file=$work/$1.tsv
	REQUESTS=$file wrk -t2 -c"$connections" -d5s -s "$here/wrk/rotate.lua" "$base" >/dev/null 2>&1 || true
	local out
	out=$(REQUESTS=$file wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/wrk/rotate.lua" "$base" 2>&1)
	printf '%-22s %10s req/s  p50 %9s  p99 %9s  %s%s\n' "$1" \
		"$(sed -n 's/^Requests\/sec: *//p' <<<"$out")" \
		"$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
		"$(grep -o 'non-200 responses: [0-9]*' <<<"$out")" \
		"$(grep -o 'Socket errors.*' <<<"$out" | sed 's/^/, /')"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "target: $base, $connections connections, ${seconds}s after a 5s warm-up, $users users per page"
printf 'GET\t/actuator/health\t\t\t\n' >"$work/health.tsv"
targets=${TARGETS:-health day tasks task parent-day child-journal journal inbox attendance}
feeder_of() { # target -> feeder and kind
	case $1 in
		day | api-day | tasks | task) echo "students.csv $1" ;;
		parent-day) echo "parents.csv day" ;;
		child-journal) echo "parents.csv child-journal" ;;
		journal | inbox | attendance) echo "teachers.csv $1" ;;
		*) echo "unknown target $1" >&2; exit 2 ;;
	esac
}
for target in $targets; do
	[ "$target" = health ] || prepare "$target" $(feeder_of "$target")
done
for target in $targets; do
	run "$target"
done
