#!/bin/bash
# The closest-profile ranking on real music, leave one out: every song of a
# real-music set (tests/bench/realmusic/make-set.sh) is ranked against
# profiles made of the other songs, one profile per group, and counts as a
# hit when its own group's profile comes first. Groups: the manifest's
# `family` column, or with --prefix the id's text before its first '-'
# (the held-out set: hw = Hedgewars' scores, wn = Wesnoth's).
#
#   tests/bench/profile-ranking.sh [CACHE] [--prefix] [--binary PATH]
#
# Prints a markdown table and the hit count against chance (1 / groups).
set -euo pipefail

cache="$HOME/.cache/mixscope-realmusic"
by=family
binary="$(dirname "$0")/../../build-ci/bin/mixscope"
while [ $# -gt 0 ]; do
    case "$1" in
    --prefix) by=prefix ;;
    --binary) binary="$2"; shift ;;
    *) cache="$1" ;;
    esac
    shift
done
[ -x "$binary" ] || { echo "profile-ranking.sh: build mixscope first ($binary)" >&2; exit 2; }
[ -f "$cache/manifest.tsv" ] || { echo "profile-ranking.sh: no set in $cache (make-set.sh)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

declare -A group
ids=()
while IFS=$'\t' read -r id wav _rate _style family _rest; do
    [ "$id" = id ] && continue
    ids+=("$id")
    if [ "$by" = prefix ]; then group[$id]="${id%%-*}"; else group[$id]="$family"; fi
done < "$cache/manifest.tsv"
groups=($(printf '%s\n' "${group[@]}" | sort -u))

echo "| mix | its group | ranking (distance) | hit |"
echo "|---|---|---|---|"
hits=0
for mix in "${ids[@]}"; do
    rm -f "$work"/*.mixprofile.json
    profiles=()
    for g in "${groups[@]}"; do
        files=()
        for id in "${ids[@]}"; do
            [ "$id" != "$mix" ] && [ "${group[$id]}" = "$g" ] && files+=("$cache/wav/$id.wav")
        done
        [ ${#files[@]} -eq 0 ] && continue
        "$binary" profile create "$g" "${files[@]}" -o "$work/$g.mixprofile.json" --quiet
        profiles+=(--profile "$work/$g.mixprofile.json")
    done
    "$binary" analyze "$cache/wav/$mix.wav" "${profiles[@]}" --json "$work/report.json" --quiet
    line="$(/usr/bin/python3 - "$work/report.json" "${group[$mix]}" <<'PY'
import json, sys
ranked = json.load(open(sys.argv[1]))["closest_profiles"]
print(("yes" if ranked[0]["name"] == sys.argv[2] else "no") + "\t" +
      ", ".join("%s %.2f" % (p["name"], p["distance"]) for p in ranked))
PY
)"
    hit="${line%%$'\t'*}"
    [ "$hit" = yes ] && hits=$((hits + 1))
    echo "| $mix | ${group[$mix]} | ${line#*$'\t'} | $hit |"
done
echo
echo "$hits of ${#ids[@]} ranked their own group first; chance: $(/usr/bin/python3 -c "print(round(${#ids[@]} / ${#groups[@]}, 1))")."
