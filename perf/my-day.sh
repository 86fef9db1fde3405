#!/usr/bin/env bash
# Server time and compressed size of "my day" on a running platform, per demo account.
# Usage: perf/my-day.sh [BASE_URL] [REQUESTS]   (default http://localhost:8080, 30 timed requests after 5 warm-ups)
set -u
BASE=${1:-http://localhost:8080}
N=${2:-30}
jar=$(mktemp -d)
trap 'rm -rf "$jar"' EXIT

login() {
	local token
	token=$(curl -s -c "$jar/$1" -b "$jar/$1" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
	curl -s -o /dev/null -c "$jar/$1" -b "$jar/$1" --data-urlencode "username=$1" --data-urlencode "password=demo" \
		--data-urlencode "_csrf=$token" "$BASE/login"
}
times() { # url cookie-file -> "median p90 max" in ms
	for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$2" "$1"; done
	for _ in $(seq "$N"); do curl -s -o /dev/null -b "$2" -w '%{time_total}\n' "$1"; done | sort -n |
		awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f %.1f", t[int((NR + 1) / 2)], t[int(NR * 0.9)], t[NR] }'
}

printf '%-8s %-22s %10s %10s %10s %10s\n' account path median_ms p90_ms max_ms gzip_bytes
for account in student parent teacher curator; do
	login "$account"
	for path in "/schedule/my/day?lang=ru" "/schedule/my/week?lang=ru" "/api/v1/my/day" "/api/v1/my/week"; do
		read -r median p90 max < <(times "$BASE$path" "$jar/$account")
		gz=$(curl -s -b "$jar/$account" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$path")
		printf '%-8s %-22s %10s %10s %10s %10s\n' "$account" "$path" "$median" "$p90" "$max" "$gz"
	done
done
