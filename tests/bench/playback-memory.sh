#!/usr/bin/env bash
# Peak memory of playback against the length of the file: a 1-minute and a
# 60-minute 44.1 kHz 24-bit stereo file, each played device-free as a mix and
# a reference (48 kHz output, so through the rate converter) for 30 s from
# the start and 5 s from the middle and the end (bench_playbackmemory). Playback streams from disk
# with 2 s read ahead per track: the peak should not grow with the length.
# Usage: tests/bench/playback-memory.sh [build dir]   (default: build-ci)
# Needs ffmpeg; writes about 650 MB of temporary audio.
set -euo pipefail
build=${1:-build-ci}
cmake --build "$build" --target bench_playbackmemory >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %14s\n' "file" "peak RSS (MB)"
for minutes in 1 60; do
  file="$work/${minutes}min.wav"
  ffmpeg -v error -y -f lavfi \
    -i "anoisesrc=c=pink:r=44100:a=0.25:seed=7,aformat=channel_layouts=stereo" \
    -t $((minutes * 60)) -c:a pcm_s24le "$file"
  "$build/tests/bench/playbackmemory/bench_playbackmemory" "$file" 2>&1 |
    sed -nE 's/.*peak RSS ([0-9.]+) MB.*/\1/p' |
    awk -v l="$minutes min" '{ printf "%-10s %14s\n", l, $1 }'
  rm -f "$file"
done
