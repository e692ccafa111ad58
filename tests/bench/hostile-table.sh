#!/usr/bin/env bash
# The hostile-input table: makes every kind of bad or unusual input, runs
# `mixscope analyze` on each, and prints a markdown table of the input, the
# exact message on stderr (or what was analysed) and the exit status.
# Every message must name the file and say what is wrong in plain words.
# Run as root, it runs mixscope as the user nobody (setpriv), so that the
# permission cases are real; otherwise as the current user.
# Usage: tests/bench/hostile-table.sh [path/to/mixscope]   (default: build-ci/bin/mixscope)
# Needs ffmpeg and perl (JSON::PP); writes about 150 MB of temporary audio.
set -euo pipefail
mixscope=$(realpath "${1:-build-ci/bin/mixscope}")
work=$(mktemp -d)
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

gen() { # name, ffmpeg arguments...
  local name=$1
  shift
  ffmpeg -v error -y "$@" "$work/$name"
}
patch_le() { # file, offset, bytes, value: writes value little-endian at offset
  perl -e 'my ($f, $o, $n, $v) = @ARGV; open(my $h, "+<:raw", $f) or die $!;
           seek($h, $o, 0); print $h ($n == 2 ? pack("v", $v) : pack("V", $v)); close $h' "$@"
}
chunk_size_at() { # file, chunk id: the offset of that chunk's size field
  perl -e 'my ($f, $id) = @ARGV; open(my $h, "<:raw", $f) or die $!; local $/; my $d = <$h>;
           print index($d, $id) + 4' "$@"
}
fill_floats() { # file, 32-bit pattern (hex): every sample of a float WAV's data chunk
  perl -e 'my ($f, $p) = @ARGV; open(my $h, "+<:raw", $f) or die $!; local $/; my $d = <$h>;
           my $at = index($d, "data") + 8; my $n = length($d) - $at;
           seek($h, $at, 0); print $h (pack("V", hex $p) x int($n / 4)); close $h' "$@"
}
noise() { echo "anoisesrc=c=pink:r=${1:-48000}:a=0.25:seed=3"; }

# Inputs, in the order of the table: file name, then what it is.
rows=()
add() { rows+=("$1|$2"); }

gen good.wav -f lavfi -i "$(noise)" -ac 2 -t 10 -c:a pcm_s16le
add good.wav "a good 10 s WAV (for comparison)"
: > "$work/empty.wav"
add empty.wav "empty file (0 bytes)"
head -c 20 "$work/good.wav" > "$work/cut-in-header.wav"
add cut-in-header.wav "WAV cut inside its header (20 bytes)"
head -c $((44 + 2 * 48000 * 4)) "$work/good.wav" > "$work/truncated.wav"
add truncated.wav "WAV truncated: 10 s header, 2 s of audio"
gen flac-named.mp3 -i "$work/good.wav" -c:a flac -f flac
add flac-named.mp3 "FLAC file named .mp3 (wrong extension)"
printf 'Verse 1: bring the vocal up 2 dB.\nChorus: too much 300 Hz.\n' > "$work/notes.wav"
add notes.wav "text file named .wav"
gen cover.mp3 -f lavfi -i color=red:s=16x16 -frames:v 1 -f image2 -c:v png
add cover.mp3 "PNG image named .mp3"
gen video.mkv -f lavfi -i color=red:s=16x16:d=1 -c:v mpeg4
add video.mkv "video without audio"
head -c 200000 /dev/urandom > "$work/random.flac"
add random.flac "random bytes named .flac"
cp "$work/good.wav" "$work/claims-4gb.wav"
patch_le "$work/claims-4gb.wav" "$(chunk_size_at "$work/claims-4gb.wav" data)" 4 $((0xFFFFFF00))
add claims-4gb.wav "WAV header claiming 4 GB of audio (holds 10 s)"
cp "$work/good.wav" "$work/broken-chunk.wav"
patch_le "$work/broken-chunk.wav" "$(chunk_size_at "$work/broken-chunk.wav" LIST)" 4 $((0xFFFFFF00))
add broken-chunk.wav "WAV whose metadata chunk claims 4 GB"
cp "$work/good.wav" "$work/4ghz.wav"
patch_le "$work/4ghz.wav" 24 4 4000000000
add 4ghz.wav "WAV header claiming 4 GHz sample rate"
cp "$work/good.wav" "$work/0hz.wav"
patch_le "$work/0hz.wav" 24 4 0
add 0hz.wav "WAV header claiming 0 Hz sample rate"
cp "$work/good.wav" "$work/65535ch.wav"
patch_le "$work/65535ch.wav" 22 2 65535
add 65535ch.wav "WAV header claiming 65535 channels"
cp "$work/good.wav" "$work/0ch.wav"
patch_le "$work/0ch.wav" 22 2 0
add 0ch.wav "WAV header claiming 0 channels"
gen silence.wav -f lavfi -i anullsrc=r=48000:cl=stereo -t 5 -c:a pcm_s16le
add silence.wav "5 s of digital silence"
gen quiet.wav -f lavfi -i "sine=f=1000:r=48000,volume=-62dB" -ac 2 -t 5 -c:a pcm_s24le
add quiet.wav "sine peaking at -83 dBFS (below the -70 LUFS gate)"
gen short.wav -f lavfi -i "$(noise)" -ac 2 -t 0.2 -c:a pcm_s16le
add short.wav "0.2 s of audio"
gen mono.wav -f lavfi -i "$(noise)" -ac 1 -t 5 -c:a pcm_s16le
add mono.wav "mono"
gen surround.wav -f lavfi -i "$(noise)" -af "pan=5.1(side)|FL=c0|FR=c0|FC=c0|LFE=c0|SL=c0|SR=c0" \
  -t 5 -c:a pcm_s16le
add surround.wav "5.1 surround"
gen 96k.flac -f lavfi -i "$(noise 96000)" -ac 2 -t 5 -c:a flac
add 96k.flac "96 kHz FLAC"
gen 4k.wav -f lavfi -i "$(noise 4000)" -ac 2 -t 5 -c:a pcm_s16le
add 4k.wav "4 kHz sample rate (below 8 kHz)"
gen 768k.wav -f lavfi -i "sine=f=1000:r=768000" -ac 2 -t 2 -c:a pcm_s16le
add 768k.wav "768 kHz sample rate (above 384 kHz)"
gen "Mischung – Ä ö 日本語.wav" -f lavfi -i "$(noise)" -ac 2 -t 5 -c:a pcm_s16le
add "Mischung – Ä ö 日本語.wav" "non-ASCII file name"
gen nan.wav -f lavfi -i "$(noise)" -ac 2 -t 2 -c:a pcm_f32le
fill_floats "$work/nan.wav" 7fc00000
add nan.wav "float WAV of NaN"
gen inf.wav -f lavfi -i "$(noise)" -ac 2 -t 2 -c:a pcm_f32le
fill_floats "$work/inf.wav" 7f800000
add inf.wav "float WAV of +infinity"
printf 'ffconcat version 1.0\nfile good.wav\n' > "$work/list.wav"
add list.wav "concat list naming another file"
printf '#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\ngood.wav\n#EXT-X-ENDLIST\n' > "$work/playlist.m3u8"
add playlist.m3u8 "HLS playlist naming another file"
mkdir "$work/folder.wav"
add folder.wav "a folder named .wav"
mkfifo "$work/pipe.wav"
add pipe.wav "a named pipe (FIFO) named .wav"
ln -s "$work/gone.wav" "$work/dangling.wav"
add dangling.wav "a symbolic link to nothing"
add missing.wav "a path that does not exist"
cp "$work/good.wav" "$work/unreadable.wav"
chmod 000 "$work/unreadable.wav"
add unreadable.wav "no permission to read (mode 000)"
mkdir "$work/locked"
cp "$work/good.wav" "$work/locked/in-locked-folder.wav"
chmod 000 "$work/locked"
add locked/in-locked-folder.wav "inside a folder without permission"

# Changed while it is analysed: the run is stopped at its first progress
# line (files of a minute or more print them), the file changed, and resumed.
gen long.wav -f lavfi -i "$(noise)" -ac 2 -t 300 -c:a pcm_s16le
for change in deleted truncated replaced; do
  cp "$work/long.wav" "$work/$change-while-analysed.wav"
done
add deleted-while-analysed.wav "deleted while it is analysed"
add truncated-while-analysed.wav "cut to 2 s in place while it is analysed"
add replaced-while-analysed.wav "replaced by another file (rename) while it is analysed"
gen other.wav -f lavfi -i "$(noise)" -ac 2 -t 10 -c:a pcm_s16le
chmod -R a+rX "$work" 2>/dev/null || true
chmod 000 "$work/unreadable.wav" "$work/locked"
mkdir -m 1777 "$work/out" # where mixscope, as nobody, writes its report

run() { # file -> sets status and message
  local file=$1 change=${2:-}
  local err="$work/out/stderr" json="$work/out/report.json"
  rm -f "$json" "$err"
  set +e
  if [ -z "$change" ]; then
    timeout 120 "${as_user[@]}" "$mixscope" analyze "$work/$file" --json "$json" --quiet \
      2> "$err" > /dev/null
    status=$?
  else
    "${as_user[@]}" "$mixscope" analyze "$work/$file" --json "$json" 2> "$err" > /dev/null &
    local pid=$!
    for _ in $(seq 1200); do
      grep -q "analysing $file: " "$err" 2> /dev/null && break
      sleep 0.05
    done
    kill -STOP "$pid"
    case $change in
      deleted) rm "$work/$file" ;;
      truncated) truncate -s $((44 + 2 * 48000 * 4)) "$work/$file" ;;
      replaced) mv "$work/other.wav" "$work/$file" ;;
    esac
    kill -CONT "$pid"
    wait "$pid"
    status=$?
  fi
  set -e
  message=$({ grep -v ': analysing ' "$err" || true; } | sed "s#$work/##g" | paste -sd' ' -)
  if [ -z "$message" ] && [ -s "$json" ]; then
    message="(analysed) $(perl -MJSON::PP -0777 -ne '
      my $r = decode_json($_); my $t = $r->{tracks}[0];
      my @n = @{ $t->{notes} || [] };
      printf("%.1f LUFS, %.1f s, %d Hz, %d ch%s", $t->{loudness}{integrated_lufs},
             $t->{file}{duration_s}, $t->{file}{sample_rate}, $t->{file}{channels},
             @n ? "; note: " . join("; ", @n) : "")' "$json")"
  fi
}

echo "| input | message (stderr, or what was analysed) | exit |"
echo "| --- | --- | --- |"
for row in "${rows[@]}"; do
  file=${row%%|*}
  what=${row#*|}
  case $file in
    *-while-analysed.wav) run "$file" "${file%%-*}" ;;
    *) run "$file" ;;
  esac
  printf '| %s (`%s`) | %s | %s |\n' "$what" "$file" "${message//|/\\|}" "$status"
done
if [ ${#as_user[@]} -gt 0 ]; then
  echo
  echo "(mixscope ran as the user nobody)"
fi
