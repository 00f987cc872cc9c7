#!/bin/sh
# Merging two copies of a 10,000-case inspection that differ in 1,000 cases (issue 11), whole
# processes: `casemark merge` into fresh copies of the original, then merging again (nothing new),
# then `validate` of one folder for scale.
#
# Usage: scripts/bench-merge.sh [BUILD] [RUNS]
#   BUILD  the folder holding casemark and casemark-bench (default .build/release; build it
#          with swift build -c release)
#   RUNS   merges into fresh copies (default 5)
# Data in $BENCH_DIR (default /tmp/casemark-merge-bench; a new, empty folder works). Every copy
# is made (and synced) before any merge is timed, and none is deleted just before: ext4 spends
# a while looking past freshly freed inodes when files are then created, which would be timed.
set -eu
BUILD=${1:-.build/release}
RUNS=${2:-5}
BENCH_DIR=${BENCH_DIR:-/tmp/casemark-merge-bench}
mkdir -p "$BENCH_DIR"
if [ ! -d "$BENCH_DIR/A" ]; then
    "$BUILD/casemark-bench" "$BENCH_DIR/A" --generate --cases 10000 > /dev/null
    cp -a "$BENCH_DIR/A" "$BENCH_DIR/B"
    "$BUILD/casemark-bench" "$BENCH_DIR/B" --diverge 1000 > /dev/null
fi
STAMP=$(date +%s)
i=1
while [ $i -le "$RUNS" ]; do
    cp -a "$BENCH_DIR/A" "$BENCH_DIR/C-$STAMP-$i"
    i=$((i + 1))
done
sync
sleep 2
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ $i -le "$RUNS" ]; do
    /usr/bin/time -f "merge, 1,000 differing:  wall %e s, user %U s, sys %S s, peak %M KB" \
        "$BUILD/casemark" merge "$BENCH_DIR/C-$STAMP-$i" "$BENCH_DIR/B" > /dev/null
    i=$((i + 1))
done
i=1
while [ $i -le "$RUNS" ]; do
    /usr/bin/time -f "merge again, nothing new: wall %e s, user %U s, sys %S s, peak %M KB" \
        "$BUILD/casemark" merge "$BENCH_DIR/C-$STAMP-$i" "$BENCH_DIR/B" > /dev/null
    i=$((i + 1))
done
/usr/bin/time -f "validate one folder:      wall %e s, user %U s, sys %S s, peak %M KB" \
    "$BUILD/casemark" validate "$BENCH_DIR/A" > /dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# The merged copies are left for inspection; remove them when done:
echo "(merged copies left in $BENCH_DIR/C-$STAMP-*)"
