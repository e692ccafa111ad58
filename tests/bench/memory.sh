#!/usr/bin/env bash
# Peak memory of `mixscope analyze` against the length of the file: analysis
# streams, so a 60-minute file must need no more than a 1-minute one.
# Usage: tests/bench/memory.sh [path/to/mixscope]   (default: build/bin/mixscope)
# Needs ffmpeg and GNU time (packaging/install-deps.sh installs both); writes
# about 650 MB of temporary audio.
set -euo pipefail
mixscope=${1:-build/bin/mixscope}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-10s %12s %12s\n' "length" "wall (s)" "peak RSS (MB)"
for minutes in 1 10 60; do
  file="$work/${minutes}min.wav"
  ffmpeg -v error -y -f lavfi \
    -i "anoisesrc=c=pink:r=44100:a=0.25:seed=7,aformat=channel_layouts=stereo" \
    -t $((minutes * 60)) -c:a pcm_s24le "$file"
  /usr/bin/time -f '%e %M' -o "$work/time" "$mixscope" analyze "$file" --quiet --json "$work/report.json"
  read -r wall rss < "$work/time"
  awk -v m="$minutes" -v w="$wall" -v r="$rss" 'BEGIN { printf "%-10s %12s %12.1f\n", m " min", w, r / 1024 }'
  rm -f "$file"
done
