#!/usr/bin/env bash
# Regenerates the fuzzer's seed corpus: one tiny valid file per format Mixscope
# reads, 0.45 s (just over the 0.4 s Mixscope measures) of a generated signal:
# a 440 Hz tone over quiet noise, mono, at 8 kHz (the lowest rate Mixscope
# reads), so that the files stay a few KB. Needs ffmpeg and python3.
# Usage: tests/fuzz/make-seeds.sh [output folder]   (default: tests/fuzz/corpus)
# The committed files are what CI fuzzes from; regenerate only on purpose:
# encoder versions change the bytes.
set -euo pipefail
out=${1:-"$(dirname "$0")/corpus"}
mkdir -p "$out"
signal="sine=f=440:r=8000:d=0.45,volume=0.5[tone];anoisesrc=r=8000:a=0.02:d=0.45:seed=1[noise];[tone][noise]amix=inputs=2:normalize=0"
encode() { # name, ffmpeg output options...
  local name=$1
  shift
  ffmpeg -v error -y -f lavfi -i "$signal" -map_metadata -1 -fflags +bitexact -flags:a +bitexact "$@" "$out/$name"
}
encode pcm16.wav -c:a pcm_s16le
encode pcm24.wav -c:a pcm_s24le
encode float32.wav -c:a pcm_f32le
encode pcm16.aiff -c:a pcm_s16be
encode seed.flac -c:a flac -sample_fmt s16
# FFmpeg reserves 8 KiB of FLAC padding for tags; mutating zeros teaches the
# fuzzer nothing, so the padding block goes.
python3 - "$out/seed.flac" <<'PY'
import sys
path = sys.argv[1]
data = open(path, "rb").read()
assert data[:4] == b"fLaC"
blocks, pos, last = [], 4, False
while not last:
    last = bool(data[pos] & 0x80)
    kind, size = data[pos] & 0x7F, int.from_bytes(data[pos + 1:pos + 4], "big")
    blocks.append((kind, data[pos + 4:pos + 4 + size]))
    pos += 4 + size
kept = [(kind, body) for kind, body in blocks if kind != 1]
out = bytearray(b"fLaC")
for index, (kind, body) in enumerate(kept):
    out.append(kind | (0x80 if index == len(kept) - 1 else 0))
    out += len(body).to_bytes(3, "big") + body
open(path, "wb").write(bytes(out) + data[pos:])
PY
encode seed.mp3 -c:a libmp3lame -b:a 16k
encode seed.ogg -c:a libvorbis -q:a 0
encode seed.opus -c:a libopus -b:a 12k
encode seed.m4a -c:a aac -b:a 16k
encode alac.m4a -c:a alac -sample_fmt s16p
ls -l "$out"
