#!/usr/bin/env bash
# Whole-analysis speed against a loudness-only peer, measured in the same run:
# `mixscope analyze` (loudness, true peak, spectra, stereo, dynamics, rhythm,
# structure) on a 10-minute 44.1 kHz 24-bit stereo file, against
# `ffmpeg -af ebur128=peak=true` (loudness and true peak only). Prints the
# median of RUNS (default 5) runs of each and their ratio; the target is <= 0.5
# on 2 cores.
# Usage: [RUNS=n] tests/bench/speed.sh [path/to/mixscope]   (default: build/bin/mixscope)
set -euo pipefail
mixscope=${1:-build/bin/mixscope}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/ten-minutes.wav"

# Music-like material: pink noise under a 110 Hz tone with a 2 Hz pulse.
ffmpeg -v error -y -f lavfi \
  -i "anoisesrc=c=pink:r=44100:a=0.2:seed=3,aformat=channel_layouts=stereo" \
  -f lavfi -i "sine=f=110:r=44100,volume='0.3*(0.5+0.5*sin(2*PI*2*t))':eval=frame,aformat=channel_layouts=stereo" \
  -filter_complex amix=inputs=2:normalize=0 -t 600 -c:a pcm_s24le "$file"

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for _ in $(seq $runs); do
  seconds "$mixscope" analyze "$file" --quiet --json "$work/report.json" >> "$work/mixscope"
  seconds ffmpeg -nostats -hide_banner -i "$file" -af ebur128=peak=true -f null - >> "$work/ffmpeg"
done
ours=$(median < "$work/mixscope")
peer=$(median < "$work/ffmpeg")
echo "mixscope analyze (everything):   ${ours} s   (runs: $(paste -sd' ' "$work/mixscope"))"
echo "ffmpeg ebur128 (loudness only):  ${peer} s   (runs: $(paste -sd' ' "$work/ffmpeg"))"
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "ratio: %.2f (target <= 0.50)\n", a / b }'
