#!/usr/bin/env bash
# Measures the compressed size of each demo account's home page (and the shared CSS and htmx that a first
# visit also loads) on a running platform. Usage: perf/page-sizes.sh [BASE_URL]   (default http://localhost:8080)
set -u
BASE=${1:-http://localhost:8080}
ACCOUNTS="ministry observer region head deputy teacher curator student parent college-head"
jar=$(mktemp -d)
trap 'rm -rf "$jar"' EXIT

login() {
	local token
	token=$(curl -s -c "$jar/$1" -b "$jar/$1" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
	curl -s -o /dev/null -c "$jar/$1" -b "$jar/$1" --data-urlencode "username=$1" --data-urlencode "password=demo" \
		--data-urlencode "_csrf=$token" "$BASE/login"
}
size() { # url cookie-file -> "gzip-bytes plain-bytes"
	local gz plain
	gz=$(curl -s -b "$2" -H 'Accept-Encoding: gzip' -o "$jar/body.gz" -w '%{size_download}' "$1")
	plain=$(curl -s -b "$2" -o /dev/null -w '%{size_download}' "$1")
	echo "$gz $plain"
}

printf '%-14s %12s %12s\n' account gzip_bytes plain_bytes
for account in $ACCOUNTS; do
	login "$account"
	read -r gz plain < <(size "$BASE/?lang=ru" "$jar/$account")
	printf '%-14s %12s %12s\n' "$account" "$gz" "$plain"
done
page=$(curl -s -b "$jar/head" "$BASE/")
css=$(printf '%s' "$page" | grep -o '/css/[^"]*\.css' | head -n 1)
js=$(printf '%s' "$page" | grep -o '/webjars/[^"]*htmx.min.js' | head -n 1)
read -r cssgz cssplain < <(size "$BASE$css" "$jar/head")
read -r jsgz jsplain < <(size "$BASE$js" "$jar/head")
printf '%-14s %12s %12s\n' "app.css" "$cssgz" "$cssplain" "htmx.min.js" "$jsgz" "$jsplain"
