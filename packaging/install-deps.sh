#!/usr/bin/env bash
# Installs every build, test and runtime dependency of Mixscope on Debian 12 /
# Ubuntu 22.04+. Idempotent: packages already present are skipped, and nothing
# is downloaded when everything is there. Run as root or with sudo available.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-charts-dev
  qt6-multimedia-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libgl-dev
  # audio libraries
  libavformat-dev libavcodec-dev libavutil-dev libswresample-dev
  libtag1-dev libebur128-dev libkissfft-dev libsamplerate0-dev libpulse-dev
  # tests, screenshots and benchmarks
  ffmpeg xvfb xauth x11-apps imagemagick poppler-utils
  # QtTest prints a crashing test's stacks with gdb
  gdb
  pulseaudio pulseaudio-utils fonts-dejavu-core fonts-wqy-microhei time
  # packaging: the .deb (dpkg-shlibdeps needs file), checking .desktop,
  # AppStream and MIME files
  dpkg-dev file desktop-file-utils appstream shared-mime-info
  # the fuzz preset: clang and its libFuzzer runtime
  clang
)
# Debian 12 ships libFuzzer in its own package; Ubuntu 22.04 keeps it in
# libclang-common-14-dev, which clang already pulls in.
if apt-cache show libclang-rt-14-dev > /dev/null 2>&1; then
  packages+=(libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
