#!/usr/bin/env bash
# Measures the compressed and plain size of pages on a running platform, each as the demo account named.
# Usage: perf/page-weights.sh BASE_URL account:/path [account:/path ...]
#   e.g. perf/page-weights.sh http://localhost:8080 teacher:/coursework/inbox student:/coursework/my/tasks
set -u
BASE=$1
shift
jar=$(mktemp -d)
trap 'rm -rf "$jar"' EXIT

login() {
	[ -f "$jar/$1" ] && return
	local token
	token=$(curl -s -c "$jar/$1" -b "$jar/$1" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
	curl -s -o /dev/null -c "$jar/$1" -b "$jar/$1" --data-urlencode "username=$1" --data-urlencode "password=demo" \
		--data-urlencode "_csrf=$token" "$BASE/login"
}

printf '%-14s %-60s %6s %10s %11s\n' account path status gzip_bytes plain_bytes
for pair in "$@"; do
	account=${pair%%:*}
	path=${pair#*:}
	login "$account"
	read -r status gz < <(curl -s -b "$jar/$account" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{http_code} %{size_download}' "$BASE$path")
	plain=$(curl -s -b "$jar/$account" -o /dev/null -w '%{size_download}' "$BASE$path")
	printf '%-14s %-60s %6s %10s %11s\n' "$account" "$path" "$status" "$gz" "$plain"
done
