#!/usr/bin/env python3
"""Task list benchmark (issue 3): GET /api/v1/tasks over the generated tasks of bin/benchmark-tasks, first page and a
deep page (offset 1,000,000), for a company user (frontdesk) and the group administrator, unfiltered, by state, and
by the filters the counters answer under their tags (overdue, mine, escalated); the workbench's counts; server-side times from the access log (%D), the median of the runs' p95. The server: $ESTATEDESK_URL, or
http://localhost:$ESTATEDESK_PORT (default 9080), or the port given as the first argument."""
import base64
import os
import re
import statistics
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOG = os.path.join(ROOT, "liberty/target/liberty/wlp/usr/servers/estatedesk/logs/http_access.log")
PORT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ESTATEDESK_PORT", "9080")
URL = os.environ.get("ESTATEDESK_URL", f"http://localhost:{PORT}")
RUNS, REQUESTS, WARMUP = 3, 20, 20


def get(user, path):
    req = urllib.request.Request(URL + path)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    with urllib.request.urlopen(req, timeout=600) as r:
        return r.read()


def wait_ready():
    for _ in range(600):
        try:
            with urllib.request.urlopen(URL + "/health/ready", timeout=5) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit("server not ready")


def times_since(offset, path):
    time.sleep(1.5)
    with open(LOG, "rb") as f:
        f.seek(offset)
        lines = f.read().decode(errors="replace").splitlines()
    out = []
    for line in lines:
        m = re.search(r'"GET (\S+) [^"]*" (\d{3}) \S+ (\d+)$', line)
        if m and m.group(1) == path and m.group(2) == "200":
            out.append(int(m.group(3)) / 1000)
    return out


def p95(values):
    values = sorted(values)
    return values[max(0, int(round(0.95 * len(values))) - 1)]


def main():
    wait_ready()
    total = re.search(rb'"total":(\d+)', get("admin", "/api/v1/tasks?size=1")).group(1).decode()
    cases = [
        ("frontdesk (company scope), first page", "frontdesk", "/api/v1/tasks?page=0&size=50"),
        ("frontdesk, deep page (offset 1,000,000)", "frontdesk", "/api/v1/tasks?page=20000&size=50"),
        ("frontdesk, state=TO_ASSIGN, first page", "frontdesk", "/api/v1/tasks?state=TO_ASSIGN&page=0&size=50"),
        ("frontdesk, state=TO_ASSIGN, deep page (offset 50,000)", "frontdesk",
         "/api/v1/tasks?state=TO_ASSIGN&page=1000&size=50"),
        ("admin (group-wide), first page", "admin", "/api/v1/tasks?page=0&size=50"),
        ("admin, deep page (offset 1,000,000)", "admin", "/api/v1/tasks?page=20000&size=50"),
        ("admin, last page", "admin", None),
        ("frontdesk, overdue=true, first page", "frontdesk", "/api/v1/tasks?overdue=true&page=0&size=50"),
        ("frontdesk, overdue=true, deep page (offset 100,000)", "frontdesk",
         "/api/v1/tasks?overdue=true&page=2000&size=50"),
        ("frontdesk, mine=true, first page", "frontdesk", "/api/v1/tasks?mine=true&page=0&size=50"),
        ("frontdesk, mine=true, deep page (offset 1,000,000)", "frontdesk",
         "/api/v1/tasks?mine=true&page=20000&size=50"),
        ("frontdesk, escalated=true, first page", "frontdesk", "/api/v1/tasks?escalated=true&page=0&size=50"),
        ("frontdesk, escalated=true, deep page (offset 25,000)", "frontdesk",
         "/api/v1/tasks?escalated=true&page=500&size=50"),
        ("engineer, mine=true (1 task in 2,503), first page", "engineer", "/api/v1/tasks?mine=true&page=0&size=50"),
        ("engineer, mine=true, deep page (offset 1,000)", "engineer", "/api/v1/tasks?mine=true&page=20&size=50"),
        ("assistant, myCustomers=true (the owners he is consultant of), first page", "assistant",
         "/api/v1/tasks?myCustomers=true&page=0&size=50"),
        ("frontdesk, workbench counts", "frontdesk", "/api/v1/workbench"),
        ("assistant (a consultant), workbench counts", "assistant", "/api/v1/workbench"),
    ]
    print(f"Tasks in the database: {int(total):,}", file=sys.stderr)
    print("| request | p95 ms (median of runs) | p95 min | p95 max | median ms |")
    print("|---|---:|---:|---:|---:|")
    for label, user, path in cases:
        if path is None:
            path = f"/api/v1/tasks?page={(int(total) - 1) // 50}&size=50"
        for _ in range(WARMUP):
            get(user, path)
        p95s, medians = [], []
        for _ in range(RUNS):
            offset = os.path.getsize(LOG)
            for _ in range(REQUESTS):
                get(user, path)
            t = times_since(offset, path)
            p95s.append(p95(t))
            medians.append(statistics.median(t))
        print(f"| {label} | {statistics.median(p95s):.1f} | {min(p95s):.1f} | {max(p95s):.1f} |"
              f" {statistics.median(medians):.1f} |", flush=True)


if __name__ == "__main__":
    main()
