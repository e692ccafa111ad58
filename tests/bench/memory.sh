#!/usr/bin/env bash
# Peak memory of `mixscope analyze` against the length of the file, and for
# 50 files at once. Decoding streams and the meters keep fixed-size state;
# what grows with the length is the result's time series (the charts' data,
# about 0.4 MB per minute) and the JSON report built from them.
# Usage: tests/bench/memory.sh [path/to/mixscope]   (default: build/bin/mixscope)
# Needs ffmpeg and GNU time (packaging/install-deps.sh installs both); writes
# about 650 MB of temporary audio.
set -euo pipefail
mixscope=${1:-build/bin/mixscope}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # label, mixscope arguments...
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$mixscope" analyze "$@" --quiet
  read -r wall rss < "$work/time"
  awk -v l="$label" -v w="$wall" -v r="$rss" 'BEGIN { printf "%-28s %9s %14.1f\n", l, w, r / 1024 }'
}

printf '%-28s %9s %14s\n' "input" "wall (s)" "peak RSS (MB)"
for minutes in 1 10 60; do
  file="$work/${minutes}min.wav"
  ffmpeg -v error -y -f lavfi \
    -i "anoisesrc=c=pink:r=44100:a=0.25:seed=7,aformat=channel_layouts=stereo" \
    -t $((minutes * 60)) -c:a pcm_s24le "$file"
  measure "$minutes min" "$file"
  measure "$minutes min, JSON report" "$file" --json "$work/report.json"
  if [ "$minutes" -eq 10 ]; then
    # 50 files at once: hard links to a 5-minute cut, so that the disk holds one.
    ffmpeg -v error -y -i "$file" -t 300 -c copy "$work/5min.wav"
    files=("$work/5min.wav")
    for i in $(seq 2 50); do
      ln "$work/5min.wav" "$work/5min-$i.wav"
      files+=(--ref "$work/5min-$i.wav")
    done
    measure "50 x 5 min" "${files[@]}"
    measure "50 x 5 min, JSON report" "${files[@]}" --json "$work/report.json"
    measure "50 x 5 min, --compact JSON" "${files[@]}" --compact --json "$work/report.json"
    rm -f "$work"/5min*.wav
  fi
  rm -f "$file"
done
