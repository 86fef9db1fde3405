#!/usr/bin/env bash
# Writes the feeders of MorningPeak (students.csv, parents.csv, teachers.csv) for the demo accounts student, parent
# and teacher by reading the pages of a running demo (the ids and the lessons of the demo move with the calendar).
# Usage: perf/gatling/demo-feeders.sh [BASE_URL] [OUT_DIR]   (default http://localhost:8080 and perf/gatling/feeders-demo)
set -euo pipefail
BASE=${1:-http://localhost:8080}
OUT=${2:-$(dirname "$0")/feeders-demo}
PASSWORD=${PASSWORD:-demo}
mkdir -p "$OUT"
jar=$(mktemp -d)
trap 'rm -rf "$jar"' EXIT

login() {
	local token
	token=$(curl -sf -c "$jar/$1" -b "$jar/$1" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
	curl -sf -o /dev/null -c "$jar/$1" -b "$jar/$1" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$token" "$BASE/login"
}
page() { curl -sf -b "$jar/$1" -c "$jar/$1" "${@:2}"; }

# student: the tasks on "my tasks" whose page has the submission form
login student
learner=$(page student "$BASE/coursework/my/tasks" | grep -o '/coursework/learners/[0-9]*' | head -n 1 | grep -o '[0-9]*$' || true)
echo "username,learnerId,assignmentId" > "$OUT/students.csv"
for a in $(page student "$BASE/coursework/my/tasks" | grep -o '/coursework/tasks/[0-9]*' | grep -o '[0-9]*$' | sort -un); do
	if page student "$BASE/coursework/tasks/$a" | grep -q 'id="submit-form"'; then
		[ -n "$learner" ] || learner=$(page student "$BASE/coursework/tasks/$a" | grep -o 'data-learner="[0-9]*"' | head -n 1 | grep -o '[0-9]*')
		echo "student,$learner,$a" >> "$OUT/students.csv"
	fi
done

# parent: each child whose journal opens
login parent
echo "username,learnerId" > "$OUT/parents.csv"
for l in $(page parent "$BASE/coursework/my/tasks" | grep -o 'data-learner="[0-9]*"\|/coursework/learners/[0-9]*\|/journal/learners/[0-9]*' | grep -o '[0-9]*' | sort -un); do
	page parent -o /dev/null "$BASE/journal/learners/$l" && echo "parent,$l" >> "$OUT/parents.csv"
done

# teacher: per class and subject of the journal, the latest lesson that can be kept and its first 25 learners
login teacher
echo "username,groupId,subject,date,start,learnerIds" > "$OUT/teachers.csv"
for g in $(page teacher "$BASE/journal" | grep -o '/journal/groups/[0-9]*' | grep -o '[0-9]*$' | sort -un); do
	grid=$(page teacher "$BASE/journal/groups/$g") || continue
	for subject in $(echo "$grid" | grep -o "/journal/groups/$g?subject=[^\"&]*" | sed 's/.*subject=//' | sort -u); do
		grid=$(page teacher "$BASE/journal/groups/$g?subject=$subject") || continue
		lesson=$(echo "$grid" | grep -o 'hx-get="[^"]*/cell?[^"]*"' | grep -o 'date=[0-9-]*&amp;start=[0-9:]*' | sort -u | tail -n 1 || true)
		[ -n "$lesson" ] || continue
		date=${lesson#date=}; date=${date%%&*}; start=${lesson##*start=}
		ids=$(echo "$grid" | grep -o 'learner=[0-9]*' | awk -F= '!seen[$2]++ { print $2 }' | head -n 25 | paste -sd';')
		name=$(printf '%b' "$(echo "$subject" | sed 's/%/\\x/g')")
		echo "teacher,$g,$name,$date,$start,$ids" >> "$OUT/teachers.csv"
	done
done
wc -l "$OUT"/*.csv
