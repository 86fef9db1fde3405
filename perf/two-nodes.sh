#!/usr/bin/env bash
# Two nodes of the packaged jar behind haproxy (round robin, no sticky sessions) on the Debian PostgreSQL 15, and the
# MorningPeak load through haproxy. With --kill, one node is SIGKILLed during the load; afterwards every submission
# that a client saw acknowledged must be in the database exactly once (see perf/README.md).
# Usage: perf/two-nodes.sh [--kill] [RATE]        (RATE: arrivals per second at the peak, default 2)
# Environment: RAMP (10) HOLD (50) THINK (1) SUBMIT_PERCENT (10; 50 with --kill) KILL_AFTER (seconds after the load
#   starts, default RAMP + HOLD/3) PROXY_PORT (18320) NODE1_PORT (18321) NODE2_PORT (18322) FEEDERS (default: read
#   from the demo through the proxy) REBUILD=1 (package the jar again) KEEP=1 (leave nodes and haproxy running)
#   NODE_OPTS (JVM options of each node, default -Xmx1g) ANY_MOMENT=1 (kill at KILL_AFTER; by default the kill waits
#   up to 30 s more for a submission on node 2 in haproxy's "show sess"; see perf/README.md for what that catches)
#   FREEZE (with --kill: SIGSTOP node 2 instead, SIGKILL it this many seconds later; default 0) CHAOS=N (haproxy
#   refuses N % of the submissions with 503 before they reach a node, and turns the answer of N % of the stored ones
#   into 502, to exercise the client's retry with the same key; default 0).
# Exit status: non-zero when an acknowledged submission is missing or stored twice (or the run broke); the p99 and
#   failed-request assertions of the load are printed, not counted.
# Loopback only. Needs: haproxy, postgresql-15 (Debian), curl, python3; run as root (pg_ctlcluster, su postgres).
set -uo pipefail
KILL=""
if [ "${1:-}" = "--kill" ]; then KILL=1; shift; fi
RATE=${1:-2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RAMP=${RAMP:-10}
HOLD=${HOLD:-50}
THINK=${THINK:-1}
SUBMIT_PERCENT=${SUBMIT_PERCENT:-$([ -n "$KILL" ] && echo 50 || echo 10)}
KILL_AFTER=${KILL_AFTER:-$((RAMP + HOLD / 3))}
PROXY_PORT=${PROXY_PORT:-18320}
PORTS=("${NODE1_PORT:-18321}" "${NODE2_PORT:-18322}")
DB=qashyq_bench
DB_PASSWORD=qashyq_bench
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
WORK=$(mktemp -d /tmp/qashyq-two-nodes.XXXXXX)
BASE=http://127.0.0.1:$PROXY_PORT
PIDS=()
log() { echo "[$(date -u +%T)] $*"; }

cleanup() {
	if [ -n "${KEEP:-}" ]; then
		log "KEEP: nodes ${PIDS[*]} and haproxy left running; work folder $WORK"
		return
	fi
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
		kill -9 "$pid" 2>/dev/null
	done
	if [ -n "${STARTED_PG:-}" ]; then pg_ctlcluster 15 main stop; fi
	log "stopped; logs in $WORK"
}
trap cleanup EXIT

# PostgreSQL 15 of Debian, role and database qashyq_bench
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main"' | grep -q online; then
	pg_ctlcluster 15 main start || exit 1
	STARTED_PG=1
fi
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname = '$DB'\"" | grep -q 1 ||
	su postgres -c "psql -qc \"create role $DB login password '$DB_PASSWORD'\"" || exit 1
su postgres -c "psql -qtAc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1 ||
	su postgres -c "psql -qc \"create database $DB owner $DB\"" || exit 1
export PGPASSWORD=$DB_PASSWORD
sql() { psql -h 127.0.0.1 -U "$DB" -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

# the jar, copied so that a build during the run does not change it
if [ -n "${REBUILD:-}" ] || [ ! -f "$ROOT/target/qashyq.jar" ]; then
	log "packaging the jar"
	(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package) || exit 1
fi
cp "$ROOT/target/qashyq.jar" "$WORK/qashyq.jar"
mkdir -p "$WORK/files"

start_node() { # index
	local port=${PORTS[$1]} dir="$WORK/node$(($1 + 1))"
	mkdir -p "$dir"
	(cd "$dir" && exec env SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="$DB" \
		SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" PORT="$port" QASHYQ_DEMO_ENABLED=true \
		SERVER_FORWARD_HEADERS_STRATEGY=native \
		java ${NODE_OPTS:--Xmx1g} -jar "$WORK/qashyq.jar" --server.address=127.0.0.1 \
		--qashyq.storage.directory="$WORK/files" > "$dir/node.log" 2>&1) &
	PIDS+=($!)
	log "node $(($1 + 1)): pid $!, port $port, log $dir/node.log"
}
wait_up() { # url
	for _ in $(seq 240); do
		curl -sf "$1/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
		sleep 1
	done
	log "no answer from $1"
	return 1
}

# one node first: it migrates the database and writes the demo data; the second starts on the finished schema
start_node 0
wait_up "http://127.0.0.1:${PORTS[0]}" || exit 1
start_node 1
wait_up "http://127.0.0.1:${PORTS[1]}" || exit 1

# haproxy: GET/HEAD (idempotent) may be retried after an empty response or a timeout on the other node; other
# methods only when the connection to a node failed (the request was not sent). A POST that reached a dead node
# is retried by the client with the same idempotency key, not by the proxy (perf/README.md).
cat > "$WORK/haproxy.cfg" <<CFG
global
	maxconn 4096
	log stderr format raw local0 info
	stats socket $WORK/haproxy.sock mode 600 level admin
defaults
	mode http
	log global
	option httplog
	timeout connect 2s
	timeout client 120s
	timeout server 120s
	timeout http-request 30s
	option forwardfor
	option redispatch 1
	retries 3
frontend front
	bind 127.0.0.1:$PROXY_PORT
	http-request set-var(txn.upload) bool(true) if METH_POST { path_end /submissions }
$(if [ "${CHAOS:-0}" != 0 ]; then
	echo "	http-request deny deny_status 503 if { var(txn.upload) -m bool } { rand(100) lt $CHAOS }"
	echo "	http-response set-status 502 if { var(txn.upload) -m bool } { rand(100) lt $CHAOS }"
fi)
	use_backend idempotent if METH_GET
	use_backend uploads if METH_POST { path_end /submissions }
	default_backend nodes
backend idempotent
	balance roundrobin
	option httpchk GET /actuator/health
	http-check expect status 200
	retry-on conn-failure empty-response response-timeout
	default-server inter 1s fall 2 rise 2
	server n1 127.0.0.1:${PORTS[0]} check
	server n2 127.0.0.1:${PORTS[1]} check
backend nodes
	balance roundrobin
	retry-on conn-failure
	server n1 127.0.0.1:${PORTS[0]} track idempotent/n1
	server n2 127.0.0.1:${PORTS[1]} track idempotent/n2
# the same as nodes; its own name lets the fault run see a submission in flight on a node (show sess)
backend uploads
	balance roundrobin
	retry-on conn-failure
	server n1 127.0.0.1:${PORTS[0]} track idempotent/n1
	server n2 127.0.0.1:${PORTS[1]} track idempotent/n2
CFG
haproxy -c -q -f "$WORK/haproxy.cfg" || exit 1
haproxy -db -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
log "haproxy: pid $!, $BASE, config $WORK/haproxy.cfg"
sleep 3
wait_up "$BASE" || exit 1

FEEDERS=${FEEDERS:-}
if [ -z "$FEEDERS" ]; then
	FEEDERS="$WORK/feeders"
	"$ROOT/perf/gatling/demo-feeders.sh" "$BASE" "$FEEDERS" > /dev/null || exit 1
fi
FEEDERS=$(cd "$FEEDERS" && pwd)

PEAK_CMD=("$ROOT/mvnw" -B -ntp -f "$ROOT/perf/gatling/pom.xml" gatling:test
	-Dgatling.simulationClass=qashyq.perf.MorningPeak "-DbaseUrl=$BASE" "-Dfeeders=$FEEDERS" "-Drate=$RATE"
	"-Dramp=$RAMP" "-Dhold=$HOLD" "-Dthink=$THINK" "-DsubmitPercent=$SUBMIT_PERCENT" "-DsubmitAttempts=${SUBMIT_ATTEMPTS:-5}"
	"-DsubmissionLog=$WORK/submissions.csv" "-DfailedRequestsLog=$WORK/failed-requests.log")
log "load: ${PEAK_CMD[*]}"
"${PEAK_CMD[@]}" > "$WORK/peak.log" 2>&1 &
load=$!
if [ -n "$KILL" ]; then
	# Gatling starts after Maven and the JVM (about 10 s); wait for its first request, then KILL_AFTER seconds
	for _ in $(seq 120); do grep -q "elapsed" "$WORK/peak.log" && break; sleep 1; done
	sleep "$KILL_AFTER"
	# SIGKILL, or with FREEZE first SIGSTOP (a node that hangs, then dies: what reaches it meanwhile is in flight)
	sig=KILL
	[ "${FREEZE:-0}" != 0 ] && sig=STOP
	if [ -z "${ANY_MOMENT:-}" ]; then
		# the hardest moment: while a submission is in flight on node 2 (waits up to 30 s for one); one python
		# process polls haproxy's "show sess" and sends the signal itself, so that it follows at once
		python3 -c 'import os, signal, socket, sys, time
end = time.time() + 30
while time.time() < end:
	s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show sess\n")
	sessions = s.makefile().read(); s.close()
	if "be=uploads srv=n2 " in sessions:
		print("a submission is in flight on node 2")
		break
	time.sleep(0.01)
os.kill(int(sys.argv[2]), signal.Signals["SIG" + sys.argv[3]])' "$WORK/haproxy.sock" "${PIDS[1]}" "$sig"
	else
		kill "-$sig" "${PIDS[1]}"
	fi
	if [ "$sig" = STOP ]; then
		log "SIGSTOP node 2 (pid ${PIDS[1]}) for $FREEZE s"
		sleep "$FREEZE"
	fi
	kill -9 "${PIDS[1]}" 2>/dev/null
	log "SIGKILL node 2 (pid ${PIDS[1]}), $KILL_AFTER s into the load"
fi
wait "$load"
status=$?
log "load finished, exit status $status (non-zero also when the p99/failed assertions fail)"
peak_dir=$(ls -d "$ROOT"/perf/gatling/target/gatling/morningpeak-* 2>/dev/null | sort | tail -n 1)
grep -q "Reports generated" "$WORK/peak.log" || { tail -n 40 "$WORK/peak.log"; exit 1; }

echo
echo "== Load through haproxy ($([ -n "$KILL" ] && echo "node 2 killed" || echo "no fault"))"
echo "report: $peak_dir/index.html"
"$ROOT/perf/gatling/report.py" "$peak_dir" | column -t -s $'\t'
echo "assertions: $(grep -E '^Global: ' "$WORK/peak.log" | tr '\n' ';')"
echo "errors:"
# the error lines of Gatling's last console report
awk '/^---- Errors/ { n = 0; on = 1; next } /^====/ { on = 0 } on && /^> / { a[++n] = $0 } END { for (i = 1; i <= n; i++) print a[i] }' "$WORK/peak.log" | head -n 20
grep -q '\[ERROR\]\[Action' "$WORK/peak.log" && echo "errors of the simulation itself: $(grep -c '\[ERROR\]\[Action' "$WORK/peak.log") (see $WORK/peak.log)"
[ -s "$WORK/failed-requests.log" ] && echo "failed requests with their responses: $WORK/failed-requests.log"
# haproxy's log: per method and backend, requests, those it retried (5th part of the connection counts, "+" when redispatched)
# and those it answered 5xx
awk '$11 ~ /^[0-9]+\/[0-9]+\/[0-9]+\/[0-9]+\/\+?[0-9]+$/ { split($4, b, "/"); m = substr($13, 2) " (backend " b[1] ")"; split($11, c, "/"); n[m]++;
		if (c[5] != "0") r[m]++; if ($6 >= 500) e[m]++ }
	END { for (m in n) printf "haproxy %s: %d requests, %d retried by haproxy, %d answered 5xx\n", m, n[m], r[m], e[m] }' "$WORK/haproxy.log"
echo "haproxy server state changes: $(grep -iE '^\[WARNING\].*is (DOWN|UP)' "$WORK/haproxy.log" | sed 's/.*Server //; s/[,.] .*//' | tr '\n' ';')"

# every submission's key and outcome against the submission table (unique per recorded_by and idempotency_key)
echo
echo "== Submissions (client log $WORK/submissions.csv against table submission)"
sql <<SQL
create temporary table attempt (at text, username text, assignment_id bigint, key text, outcome text, attempts int, last_status text);
\copy attempt from '$WORK/submissions.csv' with (format csv, header true)
create temporary table result as
select a.outcome, a.attempts,
	(select count(*) from submission s where s.recorded_by = a.username and s.idempotency_key = a.key) as stored
from attempt a;
\pset format unaligned
\pset fieldsep ': '
\pset tuples_only on
select 'acknowledged', count(*) filter (where outcome = 'acknowledged') from result
union all select 'acknowledged after a retry', count(*) filter (where outcome = 'acknowledged' and attempts > 1) from result
union all select 'found in DB', count(*) filter (where outcome = 'acknowledged' and stored >= 1) from result
union all select 'duplicates', count(*) filter (where outcome = 'acknowledged' and stored > 1) from result
union all select 'missing', count(*) filter (where outcome = 'acknowledged' and stored = 0) from result
union all select 'unacknowledged-but-stored', count(*) filter (where outcome <> 'acknowledged' and stored >= 1) from result
union all select 'failed', count(*) filter (where outcome <> 'acknowledged') from result;
\o $WORK/verdict
select count(*) filter (where outcome = 'acknowledged' and stored <> 1) from result;
SQL
bad=$(cat "$WORK/verdict" 2>/dev/null | tr -d '[:space:]')
if [ "$bad" != "0" ]; then
	echo "FAIL: $bad acknowledged submissions are missing or stored more than once"
	exit 1
fi
echo "OK: every acknowledged submission is stored exactly once"
