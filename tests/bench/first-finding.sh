#!/usr/bin/env bash
# Drop -> first finding, in the window: a 4-minute 44.1 kHz 24-bit mix with
# muddy low-mids (+6 dB at 300 Hz) and its clean version as the reference —
# once as it is (the mud shows only against the reference), once bounced hot
# (peaks near 0 dBTP: no headroom, which shows without a reference) —
# dropped on the window (offscreen) RUNS times (default 5); medians of the
# time until the mix's loudness is in the track list, until the first
# finding is listed and until the comparison with the reference is, against `ffmpeg -af ebur128=peak=true` over the mix
# (loudness and true peak only) in the same run.
# Usage: [RUNS=n] tests/bench/first-finding.sh [build dir]   (default: build-ci)
set -euo pipefail
build=${1:-build-ci}
runs=${RUNS:-5}
cmake --build "$build" --target bench_firstfinding >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ffmpeg -v error -y -f lavfi \
  -i "anoisesrc=c=pink:r=44100:a=0.2:seed=5,aformat=channel_layouts=stereo" \
  -f lavfi -i "sine=f=55:r=44100,volume='0.3*(0.5+0.5*sin(2*PI*2*t))':eval=frame,aformat=channel_layouts=stereo" \
  -filter_complex amix=inputs=2:normalize=0 -t 240 -c:a pcm_s24le "$work/reference.wav"
ffmpeg -v error -y -i "$work/reference.wav" -af "equalizer=f=300:t=q:w=1:g=6" \
  -c:a pcm_s24le "$work/mix.wav"
ffmpeg -v error -y -i "$work/mix.wav" -af "volume=15dB,alimiter=limit=0.97:level=false" \
  -c:a pcm_s24le "$work/hot.wav"
echo "Mix as it is:"
"$build/tests/bench/firstfinding/bench_firstfinding" "$work/mix.wav" "$work/reference.wav" \
  "$runs" | tee "$work/window"
echo "Mix bounced hot:"
"$build/tests/bench/firstfinding/bench_firstfinding" "$work/hot.wav" "$work/reference.wav" \
  "$runs" | tee "$work/hot"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  ffmpeg -nostats -hide_banner -i "$work/mix.wav" -af ebur128=peak=true -f null - >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f\n", (b - a) * 1000 }' >> "$work/ffmpeg"
done
peer=$(median < "$work/ffmpeg")
echo "ffmpeg ebur128 over the mix: ${peer} ms (runs: $(paste -sd' ' "$work/ffmpeg"))"
for scenario in window hot; do
  finding=$(sed -nE 's/^median: .*first finding ([0-9]+) ms.*/\1/p' "$work/$scenario")
  awk -v s="$scenario" -v a="$finding" -v b="$peer" \
    'BEGIN { printf "%s: drop -> first finding / ffmpeg loudness pass: %.2f\n", s == "hot" ? "hot mix" : "mix as it is", a / b }'
done
