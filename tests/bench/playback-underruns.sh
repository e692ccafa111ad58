#!/usr/bin/env bash
# Playback under load: plays a mix and a reference through QAudioSink into a
# private PulseAudio null sink for 10 s, switching every second, while two
# threads analyse a 2-minute file at the window's background priority, and
# records the sink with parec. Prints the sink and engine underruns and the
# recorded gaps of 1 ms or more (target: 0 at the window's 20 ms buffer).
# Usage: tests/bench/playback-underruns.sh [build dir] [buffer ms]
#        (defaults: build-ci, the window's buffer)
set -euo pipefail
build=${1:-build-ci}
export MIXSCOPE_PLAYBACK_MEASURE=1
if [ -n "${2:-}" ]; then
  export MIXSCOPE_PLAYBACK_BUFFER_MS=$2
fi
QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_audiooutput" underrunsWithSmallBuffersDuringAnalysis |
  grep -E 'QINFO|FAIL|SKIP'
