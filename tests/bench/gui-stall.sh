#!/usr/bin/env bash
# How long the window's event loop stops answering while 50 dropped files are
# analysed, compared, diagnosed and opened for playback, against the same
# event loop idle on the same machine in the same run (its own jitter).
# Runs tst_mainwindow's 50-file test three times and prints the medians:
# the longest stall, the idle jitter and their ratio (the closer to 1, the
# less the work shows), the longest stretch of work on the GUI thread by its
# own CPU time (which other processes on a busy machine do not lengthen),
# and what one comparison and diagnosis against 49 references costs.
# Timings only: the test's pass/fail part is behaviour.
# Usage: tests/bench/gui-stall.sh [build dir] [seconds per file]
#        (defaults: build-ci, 30; the files are written to a temporary folder)
set -euo pipefail
build=${1:-build-ci}
export MIXSCOPE_BENCH_FILE_SECONDS=${2:-30}
export QT_QPA_PLATFORM=offscreen
runs=3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for _ in $(seq $runs); do
  "$build/tests/ui/tst_mainwindow" fiftyDroppedFilesAreComparedAndNoStaleResultWins 2>&1 |
    grep -E 'longest GUI-thread stall|FAIL' | tee -a "$work/log" |
    sed -E 's/.*stall ([0-9]+) ms \(idle: ([0-9]+) ms\), longest GUI-thread work ([0-9.]+) ms.* takes ([0-9]+) ms.*/\1 \2 \4 \3/' \
      >> "$work/figures"
done
column() { cut -d' ' -f"$1" "$work/figures"; }
stall=$(column 1 | median)
idle=$(column 2 | median)
compare=$(column 3 | median)
busy=$(column 4 | median)
echo "50 files of ${MIXSCOPE_BENCH_FILE_SECONDS} s dropped at once (stalls: $(column 1 | paste -sd' ') ms; work: $(column 4 | paste -sd' ') ms):"
echo "  longest GUI-thread stall (wall clock):  ${stall} ms"
echo "  idle event loop, same run:              ${idle} ms"
echo "  longest GUI-thread work (its CPU time): ${busy} ms"
echo "  one comparison + diagnosis (49 refs):   ${compare} ms"
awk -v a="$stall" -v b="$idle" 'BEGIN { printf "ratio stall / idle: %.1f\n", a / (b > 0 ? b : 1) }'
