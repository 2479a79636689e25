#!/usr/bin/env python3
"""Task list benchmark (issue 3): GET /api/v1/tasks over the generated tasks of bin/benchmark-tasks, first page and a
deep page (offset 1,000,000), for a company user (frontdesk) and the group administrator, unfiltered, by state, and
by the filters the counters answer under their tags (overdue, mine, escalated); the workbench's counts; since issue 20 the
list's search (keyword by phone, number, caller name and unit, a month's date range, category, department, unit, the
orders; first and deep pages); server-side times from the access log (%D), the median of the runs' p95. The server: $ESTATEDESK_URL, or
http://localhost:$ESTATEDESK_PORT (default 9080), or the port given as the first argument."""
import base64
import os
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOG = os.path.join(ROOT, "liberty/target/liberty/wlp/usr/servers/estatedesk/logs/http_access.log")
PORT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ESTATEDESK_PORT", "9080")
URL = os.environ.get("ESTATEDESK_URL", f"http://localhost:{PORT}")
# BENCH_RUNS, BENCH_REQUESTS, BENCH_WARMUP: fewer for a quick look (the figures in docs/benchmarks.md use 3, 20, 20)
RUNS = int(os.environ.get("BENCH_RUNS", 3))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", 20))
WARMUP = int(os.environ.get("BENCH_WARMUP", 20))


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


def search_cases():
    """The list's search (issue 20) over the generated tasks: each reception has its own caller (bench<n>, phone 139
    and n in 8 digits), the tasks go round 鼓浪苑's units and four categories, registered every 6 s from 2025-01-01."""
    import json
    estate = next(e for e in json.loads(get("admin", "/api/v1/estates")) if e["code"] == "XM-GLY")["id"]
    unit = json.loads(get("manager", f"/api/v1/estates/{estate}/units?size=1"))["items"][0]
    categories = {c["code"]: c["id"] for c in json.loads(get("frontdesk", "/api/v1/categories"))}
    t = "/api/v1/tasks?"
    code = urllib.parse.quote(unit["code"])
    return [
        ("search q=phone (13900123456: one caller, 10 tasks)", "frontdesk", t + "q=13900123456&page=0&size=50"),
        ("search q=phone's start (1390012345: 100 tasks)", "frontdesk", t + "q=1390012345&page=0&size=50"),
        ("search q=task number (T900123456)", "frontdesk", t + "q=T900123456&page=0&size=50"),
        ("search q=caller name's start (bench12345: 110 tasks)", "frontdesk", t + "q=bench12345&page=0&size=50"),
        (f"search q=unit code ({unit['code']}: 1 in 1,376 units), first page", "frontdesk",
         t + f"q={code}&page=0&size=50"),
        ("search q=unit code, deep page (offset 2,000)", "frontdesk", t + f"q={code}&page=40&size=50"),
        ("search unitId, first page", "frontdesk", t + f"unitId={unit['id']}&page=0&size=50"),
        ("search from/to a month (2025-03: ≈ 446,000 tasks), first page", "frontdesk",
         t + "from=2025-03-01&to=2025-03-31&page=0&size=50"),
        ("search from/to a month, deep page (offset 100,000)", "frontdesk",
         t + "from=2025-03-01&to=2025-03-31&page=2000&size=50"),
        ("search estate and month (the statistics drill-down), first page", "frontdesk",
         t + f"estateId={estate}&from=2025-03-01&to=2025-03-31&page=0&size=50"),
        ("search from/to a month and words (bench99: name or description), first page", "frontdesk",
         t + "q=bench99&from=2025-03-01&to=2025-03-31&page=0&size=50"),
        ("search categoryId=water-pipe (1.25 M), first page", "frontdesk",
         t + f"categoryId={categories['water-pipe']}&page=0&size=50"),
        ("search categoryId=water-pipe, deep page (offset 1,000,000)", "frontdesk",
         t + f"categoryId={categories['water-pipe']}&page=20000&size=50"),
        ("search categoryId=facilities (with sub-categories: 2.5 M), first page", "frontdesk",
         t + f"categoryId={categories['facilities']}&page=0&size=50"),
        ("search department=SECURITY (1.25 M), first page", "frontdesk", t + "department=SECURITY&page=0&size=50"),
        ("search department=SECURITY, deep page (offset 1,000,000)", "frontdesk",
         t + "department=SECURITY&page=20000&size=50"),
        ("search sort=due, first page", "frontdesk", t + "sort=due&page=0&size=50"),
        ("search sort=due, deep page (offset 1,000,000)", "frontdesk", t + "sort=due&page=20000&size=50"),
        ("search sort=-registered, first page", "frontdesk", t + "sort=-registered&page=0&size=50"),
        ("search a month, sort=due, first page", "frontdesk", t + "from=2025-03-01&to=2025-03-31&sort=due&page=0&size=50"),
        ("search a month and department=SECURITY, first page", "frontdesk",
         t + "from=2025-03-01&to=2025-03-31&department=SECURITY&page=0&size=50"),
        ("search 100 rows a page, a month, first page", "frontdesk",
         t + "from=2025-03-01&to=2025-03-31&page=0&size=100"),
    ]


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
    ] + search_cases() + [
        ("assistant (a consultant), workbench counts", "assistant", "/api/v1/workbench"),
    ]
    # BENCH_CASES=search: only the cases whose label contains it
    only = os.environ.get("BENCH_CASES")
    if only:
        cases = [c for c in cases if only in c[0]]
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
