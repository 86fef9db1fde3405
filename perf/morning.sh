#!/usr/bin/env bash
# The 08:30 start (issue 8): the node's trivial ceiling (Gatling HealthCeiling: /actuator/health as fast as it
# answers), right after it the morning peak (Gatling MorningPeak, an open model of arrivals), then a summary:
# requests per second, p50/p95/p99, errors, and the ratio of the app's throughput to the trivial ceiling.
# Usage: perf/morning.sh BASE_URL FEEDERS_DIR RATE [more -Dname=value for MorningPeak]
#   e.g. perf/morning.sh http://127.0.0.1:8080 /data/feeders 40 -Dthink=2
# Environment: RAMP (60), HOLD (180), THINK (1), CEILING_USERS (32), CEILING_SECONDS (30), NO_CEILING=1 to skip it,
#   OUT (where the submission log and the console output go; default a new folder under perf/gatling/target/runs).
# Exit status: that of MorningPeak (non-zero when its assertions fail; its report is written all the same).
set -uo pipefail
if [ $# -lt 3 ]; then
	sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
fi
BASE=$1
FEEDERS=$(cd "$2" && pwd) || exit 2
RATE=$3
shift 3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
POM="$ROOT/perf/gatling/pom.xml"
RESULTS="$ROOT/perf/gatling/target/gatling"
OUT=${OUT:-$ROOT/perf/gatling/target/runs/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
MVN=("$ROOT/mvnw" -B -ntp -f "$POM" gatling:test)

latest() { ls -d "$RESULTS"/"$1"-* 2>/dev/null | sort | tail -n 1; }
row() { "$ROOT/perf/gatling/report.py" "$1" | awk -F'\t' -v n="$2" '$1 == n'; }

CEILING_CMD=("${MVN[@]}" -Dgatling.simulationClass=qashyq.perf.HealthCeiling "-DbaseUrl=$BASE"
	"-DceilingUsers=${CEILING_USERS:-32}" "-DceilingSeconds=${CEILING_SECONDS:-30}")
PEAK_CMD=("${MVN[@]}" -Dgatling.simulationClass=qashyq.perf.MorningPeak "-DbaseUrl=$BASE" "-Dfeeders=$FEEDERS"
	"-Drate=$RATE" "-Dramp=${RAMP:-60}" "-Dhold=${HOLD:-180}" "-Dthink=${THINK:-1}"
	"-DsubmissionLog=$OUT/submissions.csv" "-DfailedRequestsLog=$OUT/failed-requests.log" "$@")

ceiling=""
if [ -z "${NO_CEILING:-}" ]; then
	echo "== HealthCeiling: ${CEILING_CMD[*]}"
	"${CEILING_CMD[@]}" > "$OUT/ceiling.log" 2>&1 || echo "(HealthCeiling failed, see $OUT/ceiling.log)"
	ceiling_dir=$(latest healthceiling)
	[ -n "$ceiling_dir" ] && ceiling=$(row "$ceiling_dir" "All Requests" | cut -f5)
fi

echo "== MorningPeak: ${PEAK_CMD[*]}"
"${PEAK_CMD[@]}" > "$OUT/peak.log" 2>&1
status=$?
peak_dir=$(latest morningpeak)
if [ -z "$peak_dir" ] || ! grep -q "Reports generated" "$OUT/peak.log"; then
	echo "MorningPeak wrote no report; see $OUT/peak.log"
	tail -n 30 "$OUT/peak.log"
	exit 1
fi

{
	echo
	echo "== Summary ($(date -u +%FT%TZ))"
	echo "machine: $(uname -srm), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem:/ { print $2 }') GiB"
	echo "load generator JVM: $(java -version 2>&1 | head -n 1); the nodes' JVM and settings are those you started them with"
	echo "application commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
	echo "ceiling command: cd $ROOT && ${CEILING_CMD[*]}"
	echo "peak command:    cd $ROOT && ${PEAK_CMD[*]}"
	echo "report: $peak_dir/index.html"
	IFS=$'\t' read -r _ total ok ko rps p50 p95 p99 max < <(row "$peak_dir" "All Requests")
	echo "requests: $total (OK $ok, KO $ko); mean req/s over the run (ramp included): $rps"
	echo "response time ms: p50 $p50, p95 $p95, p99 $p99, max $max"
	health=$(row "$peak_dir" "health")
	if [ -n "$health" ]; then
		echo "(the run included the health scenario: these global figures include it; its own row is below)"
	fi
	if [ -n "$ceiling" ]; then
		app_rps=$rps
		[ -n "$health" ] && app_rps=$(awk -v a="$rps" -v h="$(echo "$health" | cut -f5)" 'BEGIN { printf "%.2f", a - h }')
		echo "trivial ceiling (HealthCeiling, just before): $ceiling req/s; app/ceiling = $(awk -v a="$app_rps" -v c="$ceiling" 'BEGIN { printf "%.3f", a / c }') ($app_rps / $ceiling)"
	fi
	echo "assertions: $(grep -E '^Global: ' "$OUT/peak.log" | tr '\n' ';')"
	echo "errors:"
	# the error lines of Gatling's last console report
	awk '/^---- Errors/ { n = 0; on = 1; next } /^====/ { on = 0 } on && /^> / { a[++n] = $0 } END { for (i = 1; i <= n; i++) print a[i] }' "$OUT/peak.log" | head -n 30
	hooks=$(grep -c '\[ERROR\]\[Action' "$OUT/peak.log")
	[ "$hooks" -gt 0 ] && echo "errors of the simulation itself (not HTTP; see $OUT/peak.log): $hooks"
	[ -s "$OUT/failed-requests.log" ] && echo "failed requests with their responses: $OUT/failed-requests.log"
	echo "per request (name, total, OK, KO, req/s, p50, p95, p99, max ms):"
	"$ROOT/perf/gatling/report.py" "$peak_dir" | column -t -s $'\t'
	if [ -s "$OUT/submissions.csv" ]; then
		echo "submissions: $(awk -F, 'NR > 1 { n[$5]++ } END { for (k in n) printf "%s %d  ", k, n[k] }' "$OUT/submissions.csv")($OUT/submissions.csv)"
	fi
	echo "MorningPeak exit status: $status"
} | tee "$OUT/summary.txt"
exit $status
