#!/usr/bin/env python3
"""Prints the statistics table of a Gatling 3.15 report (index.html; this version writes no stats.json) as
tab-separated rows: name, total, ok, ko, count per second, p50, p95, p99, max (ms).
Usage: report.py REPORT_DIR"""
import html
import re
import sys

text = open(sys.argv[1] + "/index.html", encoding="utf-8").read()
for row in re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', text, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)</span>', row[1])
    cols = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row[1]))
    if not name or not cols:
        continue
    print("\t".join([html.unescape(name.group(1))] + [cols.get(c, "-") for c in ("2", "3", "4", "6", "8", "10", "11", "12")]))
