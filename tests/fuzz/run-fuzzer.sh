#!/usr/bin/env bash
# Runs the libFuzzer target over decode → analyse → report for a while.
# Usage: tests/fuzz/run-fuzzer.sh SECONDS [WORK_DIR]
#   Build first: cmake --preset fuzz && cmake --build --preset fuzz
#   WORK_DIR (default: a new temporary folder) keeps the growing corpus and
#   any crash-*/timeout-*/oom-* input; the committed seeds in
#   tests/fuzz/corpus are only read, never written.
# Exit status: 0 when nothing was found, non-zero with the input named when
# a crash, a hang (> 25 s for one input), a leak or a broken check was found.
# Reproduce one with: build-fuzz/tests/fuzz/fuzz_analyze FILE
# FUZZ_ANALYZE names another build of the target (CTest sets it).
set -euo pipefail
cd "$(dirname "$0")/../.."
fuzzer=${FUZZ_ANALYZE:-build-fuzz/tests/fuzz/fuzz_analyze}
seconds=${1:?how many seconds to fuzz}
work=${2:-$(mktemp -d)}
mkdir -p "$work/corpus" "$work/artifacts"
status=0
nice -n 19 "$fuzzer" \
  -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -max_len=32768 \
  -dict=tests/fuzz/audio.dict -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  "$work/corpus" tests/fuzz/corpus > "$work/fuzz.log" 2>&1 || status=$?
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$work/fuzz.log" || true
grep -E '^stat::' "$work/fuzz.log" || true
if [ "$status" -ne 0 ]; then
  grep -E 'ERROR|fuzz_analyze:|Test unit written|SUMMARY' "$work/fuzz.log" | head -20 || true
  echo "run-fuzzer: found a problem (log: $work/fuzz.log)" >&2
fi
echo "run-fuzzer: corpus and log in $work"
exit "$status"
