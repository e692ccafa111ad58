#!/usr/bin/env bash
# Builds the real-music calibration set for bench_realmusic: 30-second
# excerpts of freely licensed released music that Debian 12 ships in game
# data packages, decoded to stereo 32-bit float WAV, and manifest.tsv.
#
# Usage: tests/bench/realmusic/make-set.sh [--holdout] [CACHE_DIR]
#        (default: ~/.cache/mixscope-realmusic, with --holdout
#        ~/.cache/mixscope-realmusic-holdout; nothing in it is committed)
#
# --holdout builds the held-out set instead: 16 other tracks from two of the
# same packages (Hedgewars, GPL-2; Wesnoth, GPL-2+), never looked at while
# the rules were calibrated, to check that what holds on the set holds on
# music it has not seen.
#
# - Fetches each package with `apt-get download` into CACHE_DIR/debs and takes
#   out only the one music file and the package's debian/copyright with
#   `dpkg-deb --fsys-tarfile | tar -x` into CACHE_DIR/src (installs nothing;
#   the whole-package `dpkg-deb -x` would unpack 2.4 GB of game data to get
#   16 files). Every licence below was read in that copyright file; the script
#   checks that the file still names it and stops if not.
# - Excerpt rule: the loudest 30 s of the track, by the mean power of ffmpeg's
#   EBU R128 momentary loudness every 0.1 s over a 30-second window (a song's
#   chorus, not its intro), whole tenths of a second.
# - Idempotent: every step writes to a temporary name and renames when done,
#   and is skipped when its result is there. Delete CACHE_DIR to start again.
#
# The sources are lossy (Ogg Vorbis, one Opus) except the tracker module,
# which libopenmpt renders: "released music" as people hear it, but already
# through a codec once. The lossy rows of the benchmark re-encode them.
set -euo pipefail

holdout=0
if [[ ${1:-} == --holdout ]]; then
  holdout=1
  shift
fi
if ((holdout)); then
  cache=${1:-$HOME/.cache/mixscope-realmusic-holdout}
else
  cache=${1:-$HOME/.cache/mixscope-realmusic}
fi
started=$SECONDS
mkdir -p "$cache/debs" "$cache/src" "$cache/wav"
cache=$(cd "$cache" && pwd)

for tool in apt-get dpkg-deb ffmpeg ffprobe unzip awk; do
  command -v "$tool" > /dev/null || { echo "make-set.sh: $tool is missing" >&2; exit 2; }
done

# id | package | file in the package (an archive member after '!') | licence
# (as debian/copyright says for that file) | style | family | output rate, Hz
# Ordered by family: bench_realmusic's "next 4 songs" scenario takes the next
# four rows as references. Styles come from the game, the title and the
# composer, not from listening.
tracks=$(cat << 'EOF'
wesnoth-dangerous-symphony|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/the_dangerous_symphony.ogg|GPL-2+|orchestral|orchestral|44100
megaglest-romans|megaglest-data|usr/share/games/megaglest/techs/megapack/factions/romans/music/romans.ogg|CC-BY-SA-3.0|orchestral (epic, Mattias Westlund)|orchestral|48000
wesnoth-traveling-minstrels|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/traveling_minstrels.ogg|GPL-2+|folk (medieval)|folk|44100
stk-celtic|supertuxkart-data|usr/share/games/supertuxkart/data/music/celtic.ogg|CC-BY-SA-3.0|folk (celtic, bagpipes)|folk|48000
megaglest-indian|megaglest-data|usr/share/games/megaglest/techs/megapack/factions/indian/music/music_indian.ogg|CC-BY-SA-3.0|world (Indian)|world|44100
hedgewars-oriental|hedgewars-data|usr/share/games/hedgewars/Data/Music/oriental.ogg|GPL-2|world (oriental)|world|44100
lincity-city-blues|lincity-ng-data|usr/share/games/lincity-ng/music/default/02 - Robert van Herk - City Blues.ogg|GPL-2+|blues / jazz|jazz-latin|44100
stk-hacienda|supertuxkart-data|usr/share/games/supertuxkart/data/music/hacienda.ogg|CC-BY-SA-3.0|latin|jazz-latin|44100
hedgewars-rock|hedgewars-data|usr/share/games/hedgewars/Data/Music/Rock.ogg|GPL-2|rock|rock|44100
nexuiz-beast-of-insanity|nexuiz-music|usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/beast-of-insanity.ogg|GPL-2+|metal / industrial|rock|48000
stk-skyvibe|supertuxkart-data|usr/share/games/supertuxkart/data/music/SkyVibe-HighFrequency.ogg|CC-BY-SA-3.0|electronic (dance)|electronic|44100
warzone-track1|warzone2100-music|usr/share/games/warzone2100/music/albums/original_soundtrack/track1.opus|GPL-2+|electronic (game score)|electronic|48000
singularity-through-space|singularity-music|usr/share/games/singularity/music/Through Space.ogg|CC-BY-SA-3.0|ambient (electronic)|ambient|44100
freedroid-ambience|freedroidrpg-data|usr/share/freedroidrpg/data/sound/music/Ambience.ogg|GPL-2+|dark ambient|ambient|44100
supertux-chipdisko|supertux-data|usr/share/games/supertux2/music/antarctic/chipdisko.ogg|GPL-2+|chiptune|chiptune|48000
frozenbubble-mainzik|fb-music-high|usr/share/games/frozen-bubble/snd/frozen-mainzik-2p.xm|GPL-2+|tracker module (rendered, lossless)|chiptune|44100
EOF
)

# The held-out set: the same rules, other tracks. Families pair tracks of one
# game score whose titles suggest a like mood; nothing here was listened to.
holdout_tracks=$(cat << 'EOF'
hw-art|hedgewars-data|usr/share/games/hedgewars/Data/Music/Art.ogg|GPL-2|game score (Art)|hw-a|44100
hw-city|hedgewars-data|usr/share/games/hedgewars/Data/Music/City.ogg|GPL-2|game score (City)|hw-a|44100
hw-beach|hedgewars-data|usr/share/games/hedgewars/Data/Music/Beach.ogg|GPL-2|game score (Beach)|hw-b|44100
hw-jungle|hedgewars-data|usr/share/games/hedgewars/Data/Music/Jungle.ogg|GPL-2|game score (Jungle)|hw-b|44100
hw-castle|hedgewars-data|usr/share/games/hedgewars/Data/Music/Castle.ogg|GPL-2|game score (Castle)|hw-c|44100
hw-pirate|hedgewars-data|usr/share/games/hedgewars/Data/Music/pirate.ogg|GPL-2|game score (Pirate)|hw-c|44100
hw-desert|hedgewars-data|usr/share/games/hedgewars/Data/Music/Desert.ogg|GPL-2|game score (Desert)|hw-d|44100
hw-snow|hedgewars-data|usr/share/games/hedgewars/Data/Music/snow.ogg|GPL-2|game score (Snow)|hw-d|44100
wn-battle|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/battle.ogg|GPL-2+|orchestral (battle)|wn-a|44100
wn-casualties|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/casualties_of_war.ogg|GPL-2+|orchestral (battle)|wn-a|44100
wn-elvish|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/elvish-theme.ogg|GPL-2+|orchestral (theme)|wn-b|44100
wn-heroes-rite|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/heroes_rite.ogg|GPL-2+|orchestral (theme)|wn-b|44100
wn-knalgan|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/knalgan_theme.ogg|GPL-2+|folk (theme)|wn-c|44100
wn-northerners|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/northerners.ogg|GPL-2+|folk (theme)|wn-c|44100
wn-vengeful|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/vengeful.ogg|GPL-2+|orchestral (dark)|wn-d|44100
wn-wanderer|wesnoth-1.16-music|usr/share/games/wesnoth/1.16/data/core/music/wanderer.ogg|GPL-2+|orchestral (quiet)|wn-d|44100
EOF
)
if ((holdout)); then
  tracks=$holdout_tracks
fi

# The licence names as debian/copyright spells them, and the words that
# show each in the file's text.
licence_pattern() {
  case "$1" in
    GPL-2+) echo 'GPL-2\+|General Public License.*(version 2|, or|or \(at your option\))|version 2 of the License, or|either version 2' ;;
    GPL-2) echo 'GPL-2' ;;
    CC-BY-SA-3.0) echo 'CC-BY-SA-3.0|Attribution-ShareAlike 3.0|CREATIVE COMMONS PUBLIC LICENSE' ;;
    *) echo "$1" ;;
  esac
}

deb_of() { ls "$cache/debs/$1"_*.deb 2> /dev/null | head -n 1; }

fetch_package() {
  local pkg=$1
  if [[ -z $(deb_of "$pkg") ]]; then
    echo "fetching $pkg" >&2
    local tmp
    tmp=$(mktemp -d "$cache/debs/.fetch.XXXXXX")
    # _apt cannot write into a root-owned cache: let it, or apt warns.
    chmod 755 "$tmp"
    (cd "$tmp" && apt-get download -q "$pkg" 2>&1 | grep -v 'unsandboxed' >&2 || true)
    mv "$tmp"/*.deb "$cache/debs/" 2> /dev/null || { rm -rf "$tmp"; echo "make-set.sh: apt-get download $pkg failed" >&2; exit 1; }
    rm -rf "$tmp"
  fi
}

# Extracts member (a path in the package) and the copyright into src/<pkg>/.
extract_member() {
  local pkg=$1 member=$2 out="$cache/src/$1"
  local deb
  deb=$(deb_of "$pkg")
  if [[ ! -f "$out/$member" || ! -f "$out/copyright" ]]; then
    local tmp
    tmp=$(mktemp -d "$cache/src/.extract.XXXXXX")
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp" "./$member" "./usr/share/doc/$pkg/copyright"
    mkdir -p "$out/$(dirname "$member")"
    mv "$tmp/$member" "$out/$member"
    mv "$tmp/usr/share/doc/$pkg/copyright" "$out/copyright"
    rm -rf "$tmp"
  fi
}

# The excerpt's start, seconds: the loudest 30 s (see the header).
loudest_start() {
  ffmpeg -nostdin -hide_banner -v error -i "$1" \
    -af "aresample=48000,asetnsamples=n=4800:p=0,ebur128=metadata=1,ametadata=mode=print:key=lavfi.r128.M:file=-" \
    -f null - |
    awk -F= '/lavfi.r128.M=/ { p[n++] = ($2 < -70) ? 0 : 10 ^ ($2 / 10) }
      END {
        w = 300; best = -1; start = 0; sum = 0
        # M at frame i covers the 0.4 s ending at (i + 1) * 0.1 s.
        for (i = 0; i < n; i++) {
          sum += p[i]
          if (i >= w) sum -= p[i - w]
          if (i >= w - 1 && sum > best) { best = sum; start = i - w + 1 }
        }
        printf "%.1f\n", start / 10
      }'
}

manifest_tmp="$cache/.manifest.tsv.tmp"
printf 'id\twav\trate_hz\tstyle\tfamily\tpackage\tversion\tfile\tlicence\tsource_codec\tsource_rate_hz\tsource_kbps\tsource_duration_s\texcerpt_start_s\n' > "$manifest_tmp"

while IFS='|' read -r id pkg file licence style family rate; do
  [[ -z $id ]] && continue
  fetch_package "$pkg"
  archive=${file%%!*}
  extract_member "$pkg" "$archive"
  if ! grep -Eq "$(licence_pattern "$licence")" "$cache/src/$pkg/copyright"; then
    echo "make-set.sh: $pkg's copyright no longer names $licence for $file" >&2
    exit 1
  fi
  source="$cache/src/$pkg/$archive"
  if [[ $file == *'!'* ]]; then
    member=${file#*!}
    source="$cache/src/$pkg/$(dirname "$archive")/$(basename "$archive").d/$member"
    if [[ ! -f $source ]]; then
      mkdir -p "$(dirname "$source")"
      unzip -p "$cache/src/$pkg/$archive" "$member" > "$source.tmp"
      mv "$source.tmp" "$source"
    fi
  fi

  meta="$cache/wav/$id.meta"
  wav="$cache/wav/$id.wav"
  if [[ ! -f $wav || ! -f $meta ]]; then
    echo "decoding $id" >&2
    start=$(loudest_start "$source")
    ffmpeg -nostdin -hide_banner -v error -y -ss "$start" -t 30 -i "$source" \
      -map 0:a:0 -ac 2 -ar "$rate" -c:a pcm_f32le "$wav.tmp.wav"
    mv "$wav.tmp.wav" "$wav"
    probe() { ffprobe -v error -select_streams a:0 -show_entries "$1" -of default=nw=1:nk=1 "$source" | head -n 1; }
    codec=$(probe stream=codec_name)
    srate=$(probe stream=sample_rate)
    duration=$(probe format=duration | awk '{ printf "%.1f", $1 }')
    kbps=$(probe format=bit_rate | awk '{ printf "%d", $1 / 1000 }')
    if [[ $codec == pcm_* ]]; then
      # A tracker module: libopenmpt renders it to float, no codec in between.
      codec="module ($(probe format=format_name))"
      kbps=lossless
    fi
    version=$(dpkg-deb -f "$(deb_of "$pkg")" Version)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$version" "$codec" "$srate" "$kbps" "$duration" "$start" > "$meta.tmp"
    mv "$meta.tmp" "$meta"
  fi
  IFS=$'\t' read -r version codec srate kbps duration start < "$meta"
  printf '%s\twav/%s.wav\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$id" "$rate" \
    "$style" "$family" "$pkg" "$version" "$file" "$licence" "$codec" "$srate" "$kbps" \
    "$duration" "$start" >> "$manifest_tmp"
done <<< "$tracks"

mv "$manifest_tmp" "$cache/manifest.tsv"
count=$(($(wc -l < "$cache/manifest.tsv") - 1))
echo "$count tracks in $cache/manifest.tsv ($((SECONDS - started)) s)"
