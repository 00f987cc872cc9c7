#!/bin/sh
# Side by side, in one run: `casemark report FILE.csv --format json` against a pandas script that
# computes the same key-question counts and percentages from the same CSV (whole processes both,
# start-up included), and `casemark report --across` over 50 inspections of 300 cases.
#
# Usage: scripts/bench-report.sh [CASEMARK] [RUNS]
#   CASEMARK  the binary to measure (default .build/release/casemark; build it with
#             swift build -c release)
#   RUNS      runs of each command, taken in turn A B A B … (default 20)
# Makes its own Python virtual environment with pandas (in $BENCH_DIR/venv; pip needs PyPI once)
# and its own data in $BENCH_DIR (default /tmp/casemark-bench; a new, empty folder works). Prints
# the median and spread of each, wall time and processor time (user + system, whole process),
# the ratios pair by pair, and the load average; /usr/bin/time -v on one run of each gives their
# peak memory.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
CASEMARK=${1:-.build/release/casemark}
RUNS=${2:-20}
BENCH_DIR=${BENCH_DIR:-/tmp/casemark-bench}
mkdir -p "$BENCH_DIR"
if [ ! -x "$BENCH_DIR/venv/bin/python" ]; then
    python3 -m venv "$BENCH_DIR/venv"
    "$BENCH_DIR/venv/bin/pip" install --quiet pandas
fi
PY="$BENCH_DIR/venv/bin/python"
[ -f "$BENCH_DIR/rows.csv" ] || python3 "$HERE/make-report-rows.py" 10000 > "$BENCH_DIR/rows.csv"

# The same figures from both, or the comparison means nothing.
"$CASEMARK" report "$BENCH_DIR/rows.csv" --format json > "$BENCH_DIR/casemark.json"
"$PY" "$HERE/report_pandas.py" "$BENCH_DIR/rows.csv" > "$BENCH_DIR/pandas.json"
"$PY" - "$BENCH_DIR/casemark.json" "$BENCH_DIR/pandas.json" <<'PYEOF'
import json, sys
ours = json.load(open(sys.argv[1]))["keyQuestions"]
theirs = json.load(open(sys.argv[2]))["keyQuestions"]
keys = ["yes", "no", "notApplicable", "unanswered", "percent", "band"]
for kq, t in theirs.items():
    o = {k: ours[kq][k] for k in keys}
    if o != t:
        sys.exit(f"{kq}: casemark {o} but pandas {t}")
print(f"same counts, percents and bands for {len(theirs)} key questions")
PYEOF

# 50 inspections of 300 cases, each imported from its own CSV.
if [ ! -d "$BENCH_DIR/across" ]; then
    mkdir -p "$BENCH_DIR/across"
    python3 "$HERE/make-report-rows.py" 300 > "$BENCH_DIR/rows300.csv"
    i=1
    while [ $i -le 50 ]; do
        "$CASEMARK" import "$BENCH_DIR/across/crc-$i" --csv "$BENCH_DIR/rows300.csv" --provider "CRC $i" > /dev/null
        i=$((i + 1))
    done
fi

"$PY" - "$RUNS" "$CASEMARK" "$PY" "$HERE/report_pandas.py" "$BENCH_DIR" <<'PYEOF'
import os, statistics, subprocess, sys, time
runs, casemark, py, script, d = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
cpu = {}
def timed(cmd):
    """Wall time of the whole process; its processor time (user + system, all threads, as the
    kernel accounts it) is kept in cpu[command name]."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} exited with {os.waitstatus_to_exitcode(status)}")
    cpu.setdefault(tuple(cmd), []).append(usage.ru_utime + usage.ru_stime)
    return wall
a_cmd = [casemark, "report", f"{d}/rows.csv", "--format", "json"]
b_cmd = [py, script, f"{d}/rows.csv"]
c_cmd = [casemark, "report", "--across", f"{d}/across", "--format", "json"]
for cmd in (a_cmd, b_cmd, c_cmd):
    timed(cmd)  # warm-up: files in memory
cpu.clear()
a, b, ratios, c = [], [], [], []
load = os.getloadavg()
for _ in range(runs):
    ta, tb = timed(a_cmd), timed(b_cmd)
    a.append(ta); b.append(tb); ratios.append(tb / ta)
    c.append(timed(c_cmd))
def show(name, xs, unit="s"):
    print(f"{name}: median {statistics.median(xs):.4f} {unit} (min {min(xs):.4f}, max {max(xs):.4f}), {len(xs)} runs")
a_cpu, b_cpu, c_cpu = cpu[tuple(a_cmd)], cpu[tuple(b_cmd)], cpu[tuple(c_cmd)]
cpu_ratios = [tb / ta for ta, tb in zip(a_cpu, b_cpu)]
print(f"load average before: {' '.join(f'{x:.2f}' for x in load)}; after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
show("casemark report rows.csv --format json, wall", a)
show("pandas, same counts from rows.csv,      wall", b)
print(f"pandas / casemark, wall, pair by pair: median {statistics.median(ratios):.1f}x (min {min(ratios):.1f}, max {max(ratios):.1f})")
show("casemark report rows.csv --format json, cpu ", a_cpu)
show("pandas, same counts from rows.csv,      cpu ", b_cpu)
print(f"pandas / casemark, cpu, pair by pair: median {statistics.median(cpu_ratios):.1f}x (min {min(cpu_ratios):.1f}, max {max(cpu_ratios):.1f})")
show("casemark report --across 50 x 300 cases, wall", c)
show("casemark report --across 50 x 300 cases, cpu ", c_cpu)
PYEOF
