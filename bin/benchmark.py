#!/usr/bin/env python3
"""EstateDesk benchmark: the units list of a 1,000,000-unit estate, cold start and idle memory.

Run against a server started with bin/start (or bin/benchmark --restart to measure the cold start too). It creates
the estate BENCH1M (100 buildings x 5 entrances x 50 floors x 40 units) through the API and the unit-generation
batch job the first time, then measures, from the server's access log (%D, microseconds), the p95 of
  - GET /api/v1/estates/{id}/units for the first page and a deep page (offset 500,000), 50 rows, and
  - the units page: the first page as a full page render and the deep page as the table's ajax paging request,
over several runs, and prints the median of the runs' p95 figures as a Markdown table.
"""
import argparse
import base64
import http.cookiejar
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER_DIR = os.path.join(ROOT, "liberty/target/liberty/wlp/usr/servers/estatedesk")
WLP_BIN = os.path.join(ROOT, "liberty/target/liberty/wlp/bin/server")
ACCESS_LOG = os.path.join(SERVER_DIR, "logs/http_access.log")
CODE = "BENCH1M"


def api(method, path, body=None, user="admin", password="demo"):
    req = urllib.request.Request(ARGS.url + "/api/v1" + path, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, data, timeout=600) as r:
        text = r.read().decode()
        return json.loads(text) if text else None


def wait_ready(timeout=600):
    start = time.time()
    while time.time() - start < timeout:
        try:
            with urllib.request.urlopen(ARGS.url + "/health/ready", timeout=5) as r:
                if r.status == 200:
                    return time.time() - start
        except Exception:
            pass
        time.sleep(0.2)
    raise SystemExit("server not ready")


def server_pid():
    pid_file = os.path.join(ROOT, "liberty/target/liberty/wlp/usr/servers/.pid/estatedesk.pid")
    with open(pid_file) as f:
        return int(f.read().strip())


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def restart():
    subprocess.run([WLP_BIN, "stop", "estatedesk"], capture_output=True)
    start = time.time()
    subprocess.run([WLP_BIN, "start", "estatedesk"], check=True, capture_output=True)
    wait_ready()
    return time.time() - start


def ensure_estate():
    estates = [e for e in api("GET", "/estates") if e["code"] == CODE]
    if estates and estates[0]["unitCount"] >= ARGS.units:
        return estates[0]
    if estates and estates[0]["unitCount"] > 0:
        raise SystemExit(f"{CODE} exists with {estates[0]['unitCount']} units; clear it or use a fresh database")
    buildings = ARGS.units // 10_000
    if estates:  # an earlier generation never started: its estate and buildings are there, without units
        estate = estates[0]
        have = {b["code"] for b in api("GET", f"/estates/{estate['id']}/buildings")}
    else:
        companies = api("GET", "/me")["companyIds"]
        estate = api("POST", "/estates", {"companyId": companies[0], "code": CODE, "name": f"基准测试 {CODE[5:]}",
                                          "city": "厦门", "address": "benchmark"})
        have = set()
    for b in range(1, buildings + 1):
        if str(b) not in have:
            api("POST", f"/estates/{estate['id']}/buildings", {"code": str(b), "name": f"{b}号楼", "floors": 50})
    started = time.time()
    run = api("POST", "/unit-generation/runs", {
        "estateId": estate["id"], "entrances": ["1", "2", "3", "4", "5"], "fromFloor": 1, "toFloor": 50,
        "unitsPerFloor": 40, "pattern": "{building}-{entrance}-{ff}{nn}", "type": "RESIDENCE", "area": "88.00"})
    while True:
        time.sleep(5)
        state = api("GET", f"/unit-generation/runs/{run['id']}")
        print(f"  generation: {state['state']} {state['itemsDone']:,}/{state['itemsTotal']:,}", file=sys.stderr)
        if state["state"] in ("COMPLETED", "FAILED", "STOPPED", "ABANDONED"):
            break
    if state["state"] != "COMPLETED":
        raise SystemExit(f"generation ended {state['state']}")
    elapsed = time.time() - started
    print(f"  generated {state['itemsTotal']:,} units in {elapsed:.0f} s "
          f"({state['itemsTotal'] / elapsed:,.0f} units/s)", file=sys.stderr)
    GENERATION.append(elapsed)
    return [e for e in api("GET", "/estates") if e["code"] == CODE][0]


def log_size():
    return os.path.getsize(ACCESS_LOG) if os.path.exists(ACCESS_LOG) else 0


def timings_since(offset, pattern):
    """Server-side times (ms) of the access-log lines written since offset whose request matches pattern."""
    time.sleep(1.5)  # the access log is written asynchronously
    with open(ACCESS_LOG, "rb") as f:
        f.seek(offset)
        lines = f.read().decode(errors="replace").splitlines()
    out = []
    for line in lines:
        m = re.search(r'"(\S+ \S+) [^"]*" (\d{3}) \S+ (\d+)$', line)
        if m and re.search(pattern, m.group(1)) and m.group(2) == "200":
            out.append(int(m.group(3)) / 1000)
    return out


def p95(values):
    values = sorted(values)
    return values[max(0, int(round(0.95 * len(values))) - 1)]


class Session:
    """A browser-like page session: form login, then the units page and its ajax paging."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(ARGS.url + path, timeout=60) as r:
            return r.read().decode()

    def post(self, path, fields, ajax=False):
        req = urllib.request.Request(ARGS.url + path, data=urllib.parse.urlencode(fields).encode())
        if ajax:
            req.add_header("Faces-Request", "partial/ajax")
            req.add_header("X-Requested-With", "XMLHttpRequest")
        with self.opener.open(req, timeout=60) as r:
            return r.read().decode()

    @staticmethod
    def view_state(html):
        m = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', html) or \
            re.search(r'value="([^"]+)"[^>]*name="jakarta.faces.ViewState"', html)
        return m.group(1)

    def login(self, user):
        html = self.get("/login.xhtml")
        self.post("/login.xhtml", {"login": "login", "login:username": user, "login:password": "demo",
                                   "login:submit": "", "login_SUBMIT": "1", "jakarta.faces.ViewState": self.view_state(html)})


def measure(label, pattern, action, n):
    results = []
    for _ in range(ARGS.runs):
        offset = log_size()
        for _ in range(n):
            action()
        times = timings_since(offset, pattern)
        if len(times) < n * 0.9:
            raise SystemExit(f"{label}: only {len(times)} of {n} requests found in the access log")
        results.append((p95(times), statistics.median(times)))
    p95s = [r[0] for r in results]
    medians = [r[1] for r in results]
    ROWS.append((label, statistics.median(p95s), min(p95s), max(p95s), statistics.median(medians)))
    print(f"  {label}: p95 {statistics.median(p95s):.1f} ms (runs: {', '.join(f'{v:.1f}' for v in p95s)})",
          file=sys.stderr)


def main():
    print("== EstateDesk benchmark", file=sys.stderr)
    cold = None
    rss = None
    if ARGS.restart:
        cold = restart()
        print(f"  cold start to /health/ready: {cold:.1f} s", file=sys.stderr)
        time.sleep(ARGS.idle)
        rss = rss_mib(server_pid())
        print(f"  idle RSS after {ARGS.idle} s: {rss:.0f} MiB", file=sys.stderr)
    wait_ready()
    estate = ensure_estate()
    total = estate["unitCount"]
    size = 50
    deep = (total // 2) // size
    eid = estate["id"]
    for _ in range(ARGS.warmup):
        api("GET", f"/estates/{eid}/units?page=0&size={size}")
        api("GET", f"/estates/{eid}/units?page={deep}&size={size}")
    measure("API first page (size 50)", rf"^GET /api/v1/estates/{eid}/units\?page=0&",
            lambda: api("GET", f"/estates/{eid}/units?page=0&size={size}"), ARGS.requests)
    measure(f"API deep page (offset {deep * size:,})", rf"^GET /api/v1/estates/{eid}/units\?page={deep}&",
            lambda: api("GET", f"/estates/{eid}/units?page={deep}&size={size}"), ARGS.requests)

    s = Session()
    s.login("admin")
    html = s.get(f"/estates/units.xhtml?estate={eid}")
    if "unit-code" not in html:
        raise SystemExit("the units page did not render a units table")
    state = {"vs": s.view_state(html)}
    first_deep = (total // 2) // 20 * 20

    def page_ajax():
        s.post(f"/estates/units.xhtml", {
            "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "form:units",
            "jakarta.faces.partial.execute": "form:units", "jakarta.faces.partial.render": "form:units",
            "form:units": "form:units", "form:units_pagination": "true", "form:units_first": str(first_deep),
            "form:units_rows": "20", "form:units_skipChildren": "true", "form:units_encodeFeature": "true",
            "form": "form", "jakarta.faces.ViewState": state["vs"]}, ajax=True)

    for _ in range(ARGS.warmup):
        s.get(f"/estates/units.xhtml?estate={eid}")
        page_ajax()
    measure("Units page, first page (full render, 20 rows)", rf"^GET /estates/units\.xhtml\?estate={eid}$",
            lambda: s.get(f"/estates/units.xhtml?estate={eid}"), ARGS.requests // 2)
    html = s.get(f"/estates/units.xhtml?estate={eid}")
    state["vs"] = s.view_state(html)
    measure(f"Units page, deep page (ajax paging to row {first_deep:,})", r"^POST /estates/units\.xhtml",
            page_ajax, ARGS.requests // 2)

    print()
    print(f"Data: estate {CODE} with {total:,} units (H2/PostgreSQL as configured), {ARGS.runs} runs of "
          f"{ARGS.requests} API / {ARGS.requests // 2} page requests after {ARGS.warmup} warm-up requests each.")
    if GENERATION:
        print(f"Generation of {total:,} units by the unit-generation batch job: {GENERATION[0]:.0f} s.")
    if cold is not None:
        print(f"Cold start (server start to /health/ready 200): {cold:.1f} s; idle RSS after {ARGS.idle} s: {rss:.0f} MiB.")
    print()
    print("| measurement | p95 ms (median of runs) | p95 min | p95 max | median ms |")
    print("|---|---:|---:|---:|---:|")
    for label, med, lo, hi, median in ROWS:
        print(f"| {label} | {med:.1f} | {lo:.1f} | {hi:.1f} | {median:.1f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:9080")
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--restart", action="store_true", help="restart the server first: cold start and idle RSS")
    parser.add_argument("--idle", type=int, default=60, help="seconds idle before reading the RSS")
    ARGS = parser.parse_args()
    ROWS = []
    GENERATION = []
    main()
