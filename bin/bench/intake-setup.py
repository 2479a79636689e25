#!/usr/bin/env python3
"""Prepares the intake benchmark (bin/benchmark-intake): an estate BENCH-INTAKE of 20,000 units in the company of the
demo user "manager" (made once, by the unit-generation job), so that repeated reports of one unit and category (R1.10)
stay about as rare as at a real front desk. Prints the estate id and writes the unit ids, one per line, to the file
given as the only argument."""
import base64, json, sys, time, urllib.request, os

URL = os.environ.get("ESTATEDESK_URL", "http://localhost:9080")
CODE = "BENCH-INTAKE"


def call(user, method, path, body=None):
    req = urllib.request.Request(URL + "/api/v1" + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def main(out):
    found = [e["id"] for e in call("admin", "GET", "/estates") if e["code"] == CODE]
    if found:
        estate = found[0]
    else:
        company = call("manager", "GET", "/me")["companyIds"][0]
        estate = call("admin", "POST", "/estates", {"companyId": company, "code": CODE, "name": "压测项目",
                                                   "city": "厦门", "address": "benchmark"})["id"]
        call("manager", "POST", f"/estates/{estate}/buildings", {"code": "A", "name": "A", "floors": 50})
        run = call("manager", "POST", "/unit-generation/runs", {
            "estateId": estate, "entrances": [str(i) for i in range(1, 21)], "fromFloor": 1, "toFloor": 50,
            "unitsPerFloor": 20, "pattern": "{building}-{entrance}-{ff}{nn}", "type": "RESIDENCE", "area": "88.00"})
        while True:
            state = call("manager", "GET", f"/unit-generation/runs/{run['id']}")["state"]
            if state == "COMPLETED":
                break
            if not state.startswith("START"):
                sys.exit(f"unit generation {state}")
            time.sleep(1)
    ids, page = [], 0
    while True:
        items = call("admin", "GET", f"/estates/{estate}/units?page={page}&size=200")["items"]
        if not items:
            break
        ids += [str(u["id"]) for u in items]
        page += 1
    with open(out, "w") as f:
        f.write("\n".join(ids) + "\n")
    print(estate)
    print(f"{len(ids)} units of {CODE}", file=sys.stderr)


main(sys.argv[1])
