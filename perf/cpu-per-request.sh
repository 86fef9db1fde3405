#!/usr/bin/env bash
# CPU time per request of one page under load: wrk's closed loop for SECONDS over a prepared request file
# (perf/wrk/sessions.py), with the CPU time of the JVM and of the PostgreSQL server processes read from /proc before
# and after. Less noisy than req/s when the load generator shares the machine's cores.
# Usage: perf/cpu-per-request.sh BASE_URL REQUESTS_TSV [CONNECTIONS] [SECONDS]
set -euo pipefail
base=${1:?BASE_URL}; requests=${2:?REQUESTS_TSV}; connections=${3:-64}; seconds=${4:-20}
here=$(cd "$(dirname "$0")" && pwd)
port=$(sed -E 's#.*:([0-9]+).*#\1#' <<<"$base")
java_pid=$(pgrep -f "server.port=$port" | head -1)
ticks=$(getconf CLK_TCK)
cpu() { # pids... -> total utime+stime in clock ticks
	local total=0 pid
	for pid in "$@"; do
		[ -r "/proc/$pid/stat" ] || continue
		total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
	done
	echo "$total"
}
REQUESTS=$requests wrk -t2 -c"$connections" -d10s -s "$here/wrk/rotate.lua" "$base" >/dev/null 2>&1 || true
pg_pids=$(pgrep -x postgres || true)
java_before=$(cpu "$java_pid"); pg_before=$(cpu $pg_pids)
out=$(REQUESTS=$requests wrk -t2 -c"$connections" -d"${seconds}s" -s "$here/wrk/rotate.lua" "$base" 2>&1)
java_after=$(cpu "$java_pid"); pg_after=$(cpu $(pgrep -x postgres || true))
total=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
rate=$(sed -n 's/^Requests\/sec: *//p' <<<"$out")
awk -v j=$((java_after - java_before)) -v p=$((pg_after - pg_before)) -v n="$total" -v t="$ticks" -v r="$rate" \
	-v e="$(grep -o 'non-200 responses: [0-9]*' <<<"$out" || echo 'non-200 responses: 0')" \
	'BEGIN { printf "%s req/s, %d requests, JVM %.2f ms CPU/request, PostgreSQL %.2f ms CPU/request, %s\n", r, n, 1000 * j / t / n, 1000 * p / t / n, e }'
