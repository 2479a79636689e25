#!/usr/bin/env python3
"""Billing benchmark (issue 4): units billed per second by the billing batch job beside a plain JDBC loop.

Against a server started by bin/start (H2) or with ESTATEDESK_DB_KIND=postgresql (--db postgresql). Creates the
estate BENCH100K or BENCH1M (--units) through the API and the unit-generation job the first time, gives it four fee
items (area fee, flat fees), then per chunk size runs the real billing run --runs times (each time a new period,
deleted again afterwards: on PostgreSQL by JDBC, on H2 by cancelling the run through the API) and times it by the
run's own start and end; then runs bin/bench/BillingBaseline.java,
a plain JDBC loop reading the same units and writing the same rows with batched inserts, as many times. On H2 the
server is stopped for the JDBC loop (the embedded database admits one process) and started again.
Prints a Markdown table: median units/s of the runs, min and max, and the job's share of the loop's rate.
"""
import argparse
import datetime
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchmark as b  # noqa: E402

ROOT = b.ROOT
SERVER_DIR = b.SERVER_DIR
H2_JAR = os.path.join(SERVER_DIR, "jdbc/h2.jar")
PG_JAR = os.path.join(SERVER_DIR, "jdbc/postgresql.jar")
BASELINE = os.path.join(ROOT, "bin/bench/BillingBaseline.java")
RATES = (("PROPERTY", "物业服务费", "AREA", "2.35"), ("GARBAGE", "生活垃圾处理费（代收）", "FIXED", "15.00"),
         ("ELEVATOR", "电梯运行费", "AREA", "0.35"), ("PUBLIC_ENERGY", "公共能耗费", "FIXED", "12.00"))


def ensure_rates(estate):
    company = estate["companyId"]
    items = {i["code"]: i for i in b.api("GET", f"/fee-items?companyId={company}")}
    for code, name, basis, price in RATES:
        if code not in items:
            items[code] = b.api("POST", "/fee-items", {"companyId": company, "code": code, "name": name,
                                                       "basis": basis})
        b.api("PUT", f"/fee-items/{items[code]['id']}/rates", {"estateId": estate["id"], "unitType": "RESIDENCE",
                                                             "unitPrice": price, "validFrom": "2000-01"})


def periods(estate):
    """Periods from 2001-01 on that the estate's first unit has no bill for (earlier runs left none, normally)."""
    unit = b.api("GET", f"/estates/{estate['id']}/units?size=1")["items"][0]["id"]
    month = datetime.date(2001, 1, 1)
    while True:
        period = month.strftime("%Y-%m")
        month = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        if not b.api("GET", f"/bills?unitId={unit}&period={period}"):
            yield period


def cancel(run):
    """Deletes a measured run's bills through the API (the embedded database admits no second process), so that
    every run — the job's and the loop's — starts from the same database: the units and no bills of the period."""
    r = b.api("POST", f"/billing/runs/{run}/cancellation", {})
    if not r.get("cancelled"):
        raise SystemExit(f"run {run} was not cancelled: {r}")


def job_run(estate, period, chunk, partitions):
    body = {"estateIds": [estate["id"]], "period": period, "dryRun": False, "chunkSize": chunk}
    if partitions:
        body["partitions"] = partitions
    run = b.api("POST", "/billing/runs", body)
    while True:
        time.sleep(1)
        r = b.api("GET", f"/billing/runs/{run['id']}")
        if not r["state"].startswith("START"):
            break
    if r["state"] != "COMPLETED" or r["unitsBilled"] != estate["unitCount"]:
        raise SystemExit(f"run {run['id']} ended {r['state']} with {r['unitsBilled']} units")
    seconds = (datetime.datetime.fromisoformat(r["endedAt"]) - datetime.datetime.fromisoformat(r["startedAt"]))
    return r["unitsBilled"], seconds.total_seconds(), run["id"]


def jdbc(args, *params):
    jar, url, user, password = connection(args)
    out = subprocess.run(["java", "-cp", jar, BASELINE, url, user, password, *params], check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()
    return out


def connection(args):
    if args.db == "h2":
        url = (f"jdbc:h2:{SERVER_DIR}/data/estatedesk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
               "DEFAULT_NULL_ORDERING=HIGH")
        return H2_JAR, url, "estatedesk", "estatedesk"
    return PG_JAR, args.pg_url, args.pg_user, args.pg_password


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default="http://localhost:9080")
    p.add_argument("--units", type=int, default=100_000, choices=(100_000, 1_000_000))
    p.add_argument("--chunks", default="1000", help="chunk sizes to sweep, comma-separated")
    p.add_argument("--partitions", default="", help="partition counts to try besides one, comma-separated")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--db", default="h2", choices=("h2", "postgresql"))
    p.add_argument("--pg-url", default="jdbc:postgresql://localhost:5432/estatedesk?reWriteBatchedInserts=true")
    p.add_argument("--pg-user", default="estatedesk")
    p.add_argument("--pg-password", default="estatedesk")
    args = p.parse_args()
    b.ARGS = args
    b.CODE = "BENCH1M" if args.units == 1_000_000 else "BENCH100K"
    b.GENERATION = []
    b.wait_ready()
    estate = b.ensure_estate()
    ensure_rates(estate)
    code = estate["code"]
    month = periods(estate)
    rows = []
    configs = [(int(c), None) for c in args.chunks.split(",")]
    configs += [(int(args.chunks.split(",")[0]), int(n)) for n in args.partitions.split(",") if n]
    # one unmeasured run of each side first: JIT and database caches
    warm = next(month)
    warm_run = job_run(estate, warm, configs[0][0], None)[2]
    if args.db == "postgresql":
        jdbc(args, code, warm, "delete")
    else:
        cancel(warm_run)
    for chunk, partitions in configs:
        rates = []
        for _ in range(args.runs):
            period = next(month)
            units, seconds, run = job_run(estate, period, chunk, partitions)
            rates.append(units / seconds)
            print(f"  job chunk {chunk} partitions {partitions or 1}: {units:,} units in {seconds:.1f} s"
                  f" = {units / seconds:,.0f}/s", file=sys.stderr)
            if args.db == "postgresql":
                jdbc(args, code, period, "delete")
            else:
                cancel(run)
        rows.append((f"billing job, chunk {chunk}" + (f", {partitions} partitions" if partitions else ""), rates))
    loop = []
    period = next(month)  # asked while the server still runs
    if args.db == "h2":
        subprocess.run([b.WLP_BIN, "stop", "estatedesk"], capture_output=True)
    for line in jdbc(args, code, period, str(int(args.chunks.split(",")[0])), str(args.runs)):
        units, seconds, rate = line.split()
        loop.append(float(rate))
        print(f"  JDBC loop: {int(units):,} units in {float(seconds):.1f} s = {float(rate):,.0f}/s", file=sys.stderr)
    if args.db == "h2":
        subprocess.run([b.WLP_BIN, "start", "estatedesk"], check=True, capture_output=True)
        b.wait_ready()
    limit = statistics.median(loop)
    print(f"\n{args.db}, {estate['unitCount']:,} units, 4 lines per unit, median of {args.runs} runs after one"
          " warm-up run each\n")
    print("| what | units/s (median) | min | max | share of the JDBC loop |")
    print("|---|---:|---:|---:|---:|")
    for name, rates in rows:
        print(f"| {name} | {statistics.median(rates):,.0f} | {min(rates):,.0f} | {max(rates):,.0f} |"
              f" {statistics.median(rates) / limit:.0%} |")
    print(f"| plain JDBC loop (batched inserts), chunk {args.chunks.split(',')[0]} | {limit:,.0f} | {min(loop):,.0f}"
          f" | {max(loop):,.0f} | 100% |")


if __name__ == "__main__":
    main()
