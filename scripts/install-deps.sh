#!/usr/bin/env bash
# Installs the Debian 12 packages Myoatlas builds, tests and runs with. Idempotent: packages already
# present are left alone, and apt is only asked for what is missing.
set -euo pipefail

PACKAGES=(
  build-essential clang libclang-rt-14-dev cmake ninja-build pkg-config git
  libglfw3-dev libglm-dev libassimp-dev libdraco-dev libimgui-dev python3-glad
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev libcli11-dev libstb-dev libmeshoptimizer-dev zlib1g-dev
  libegl-dev libegl-mesa0 libgl1-mesa-dri libgl-dev libgles-dev mesa-utils
  xvfb xauth x11-utils imagemagick fonts-dejavu-core libcairo2-dev poppler-utils
  desktop-file-utils shared-mime-info dpkg-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
