#!/bin/sh
# Side by side, in one run: `casemark export INSPECTION --format sqlite` against
# `casemark report INSPECTION --format json` on the same generated inspection of 10,000 cases
# (whole processes both, start-up, reading the case files and writing the output included).
# The export must take at most 5x the report's time (docs/performance.md).
#
# Usage: scripts/bench-export-sqlite.sh [CASEMARK] [RUNS]
#   CASEMARK  the binary to measure (default .build/release/casemark; build it, and
#             casemark-bench beside it, with swift build -c release)
#   RUNS      runs of each command, taken in turn A B A B … (default 10)
# Makes its data in $BENCH_DIR (default /tmp/casemark-bench-sqlite; a new, empty folder works):
# the inspection with casemark-bench --generate --cases 10000 (casemark-bench taken from beside
# CASEMARK). Checks first that the database's key_question_results equals the report, then prints
# the median and spread of each, wall time and processor time (user + system, whole process),
# the ratios pair by pair, and the load average.
set -eu
CASEMARK=${1:-.build/release/casemark}
RUNS=${2:-10}
BENCH=${CASEMARK_BENCH:-$(dirname "$CASEMARK")/casemark-bench}
BENCH_DIR=${BENCH_DIR:-/tmp/casemark-bench-sqlite}
mkdir -p "$BENCH_DIR"
[ -d "$BENCH_DIR/inspection" ] || "$BENCH" "$BENCH_DIR/inspection" --generate --cases 10000

# The same figures from both, or the comparison means nothing.
"$CASEMARK" export "$BENCH_DIR/inspection" --format sqlite --output "$BENCH_DIR/research.db" --force
"$CASEMARK" report "$BENCH_DIR/inspection" --format json --output "$BENCH_DIR/report.json"
python3 - "$BENCH_DIR/research.db" "$BENCH_DIR/report.json" <<'PYEOF'
import json, sqlite3, sys
db, report = sqlite3.connect(sys.argv[1]), json.load(open(sys.argv[2]))
rows = {r[0]: r[1:] for r in db.execute(
    "SELECT key_question, yes, no, not_applicable, unanswered, percent, band FROM key_question_results")}
for kq, v in report["keyQuestions"].items():
    want = (v["yes"], v["no"], v["notApplicable"], v["unanswered"], v["percent"], v["band"])
    if rows[kq] != want:
        sys.exit(f"{kq}: database {rows[kq]} but report {want}")
cases = db.execute("SELECT count(*) FROM cases").fetchone()[0]
print(f"same counts, percents and bands for {len(rows)} key questions; {cases} cases in the database")
PYEOF

python3 - "$RUNS" "$CASEMARK" "$BENCH_DIR" <<'PYEOF'
import os, statistics, subprocess, sys, time
runs, casemark, d = int(sys.argv[1]), sys.argv[2], sys.argv[3]
cpu = {}
def timed(cmd):
    """Wall time of the whole process; its processor time (user + system, all threads, as the
    kernel accounts it) is kept in cpu[command]."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} exited with {os.waitstatus_to_exitcode(status)}")
    cpu.setdefault(tuple(cmd), []).append(usage.ru_utime + usage.ru_stime)
    return wall
export = [casemark, "export", f"{d}/inspection", "--format", "sqlite", "--output", f"{d}/research.db", "--force"]
report = [casemark, "report", f"{d}/inspection", "--format", "json", "--output", f"{d}/report.json"]
for cmd in (export, report):
    timed(cmd)  # warm-up: files in memory
cpu.clear()
a, b, ratios = [], [], []
load = os.getloadavg()
for _ in range(runs):
    ta, tb = timed(export), timed(report)
    a.append(ta); b.append(tb); ratios.append(ta / tb)
def show(name, xs):
    print(f"{name}: median {statistics.median(xs):.3f} s (min {min(xs):.3f}, max {max(xs):.3f}), {len(xs)} runs")
a_cpu, b_cpu = cpu[tuple(export)], cpu[tuple(report)]
cpu_ratios = [x / y for x, y in zip(a_cpu, b_cpu)]
print(f"load average before: {' '.join(f'{x:.2f}' for x in load)}; after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
show("export --format sqlite, wall", a)
show("report --format json,   wall", b)
print(f"export / report, wall, pair by pair: median {statistics.median(ratios):.2f}x (min {min(ratios):.2f}, max {max(ratios):.2f})")
show("export --format sqlite, cpu ", a_cpu)
show("report --format json,   cpu ", b_cpu)
print(f"export / report, cpu, pair by pair: median {statistics.median(cpu_ratios):.2f}x (min {min(cpu_ratios):.2f}, max {max(cpu_ratios):.2f})")
PYEOF
