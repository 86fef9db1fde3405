#!/usr/bin/env python3
"""Signs in accounts of a feeder CSV and writes the requests a wrk run rotates through.

Usage: sessions.py BASE_URL FEEDER_CSV KIND COUNT PASSWORD OUT
KIND: day (GET /schedule/my/day), api-day (GET /api/v1/my/day: the same data as JSON), tasks (GET /coursework/my/tasks), task (GET the feeder's task),
      journal (GET the feeder's class journal), inbox (GET /coursework/inbox),
      attendance (POST an htmx attendance mark for each learner of the feeder's lesson), child-journal.
Each line of OUT: METHOD<TAB>PATH<TAB>COOKIE<TAB>CSRF-HEADER:TOKEN<TAB>BODY (read by rotate.lua).
"""
import csv, http.cookiejar, os, re, sys, urllib.parse, urllib.request

base, feeder, kind, count, password, out = sys.argv[1:7]
count = int(count)
# a school day to show on My day (the weekend has no lessons): DAY=2026-12-04
DAY = ("?date=" + os.environ["DAY"]) if os.environ.get("DAY") else ""
CSRF_FIELD = re.compile(r'name="_csrf"[^>]*value="([^"]+)"')
CSRF_HEADER = re.compile(r'hx-headers="\{&quot;([^&]+)&quot;: &quot;([^&]+)&quot;\}"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def session(username):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(base + "/login").read().decode()
    token = CSRF_FIELD.search(page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": password, "_csrf": token}).encode()
    try:
        opener.open(base + "/login", form)
    except urllib.error.HTTPError as redirect:
        if "error" in redirect.headers.get("Location", ""):
            raise SystemExit(f"sign-in refused for {username}")
    return opener, jar


def cookie_header(jar):
    return "; ".join(f"{c.name}={c.value}" for c in jar)


lines = []
with open(feeder, newline="") as f:
    rows = list(csv.DictReader(f))[:count]
for row in rows:
    opener, jar = session(row["username"])
    if kind == "day":
        lines.append(("GET", "/schedule/my/day" + DAY, cookie_header(jar), "", ""))
    elif kind == "api-day":
        lines.append(("GET", "/api/v1/my/day" + DAY, cookie_header(jar), "", ""))
    elif kind == "tasks":
        lines.append(("GET", "/coursework/my/tasks", cookie_header(jar), "", ""))
    elif kind == "task":
        lines.append(("GET", f"/coursework/tasks/{row['assignmentId']}", cookie_header(jar), "", ""))
    elif kind == "child-journal":
        lines.append(("GET", f"/journal/learners/{row['learnerId']}", cookie_header(jar), "", ""))
    elif kind == "inbox":
        lines.append(("GET", "/coursework/inbox", cookie_header(jar), "", ""))
    elif kind in ("journal", "attendance"):
        grid = f"/journal/groups/{row['groupId']}?subject={urllib.parse.quote(row['subject'])}"
        page = opener.open(base + grid).read().decode()
        if kind == "journal":
            lines.append(("GET", grid, cookie_header(jar), "", ""))
            continue
        match = CSRF_HEADER.search(page)
        csrf = match.group(1) + ":" + match.group(2)
        for learner in row["learnerIds"].split(";"):
            body = urllib.parse.urlencode({"subject": row["subject"], "date": row["date"], "start": row["start"],
                                           "learner": learner, "status": "PRESENT", "participation": "ONLINE"})
            lines.append(("POST", f"/journal/groups/{row['groupId']}/attendance", cookie_header(jar), csrf, body))
    else:
        raise SystemExit("unknown kind " + kind)
with open(out, "w") as f:
    for line in lines:
        f.write("\t".join(line) + "\n")
print(f"{len(rows)} sessions, {len(lines)} requests -> {out}")
