#!/usr/bin/env bash
# GPU figures for docs/PERFORMANCE.md on a lent GPU machine (the `device` tool), in two steps:
#   scripts/gpu-figures.sh prepare   here: the built binary, its Debian libraries and the body into .gpu/, and
#                                    the glvnd packages into .gl/ (both ignored by git; about 52 MB with the tree)
#   scripts/gpu-figures.sh run       there, from the repo root, with .gl and .gpu carried: prints the figures
# The run takes about a minute of device time (plus the machine's start).
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
case "${1:-}" in
prepare)
  set -e
  build="${MYOATLAS_BUILD_DIR:-$root/build}"
  grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
  rm -rf .gpu && mkdir -p .gpu/lib .gpu/std .gl /tmp/amd64/partial
  o='-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/amd64'
  apt-get $o update >/dev/null
  (cd .gl && apt-get $o download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)
  # Everything the binary links except the C library and the GL dispatch (the machine's driver brings its own).
  for lib in $(ldd "$build/myoatlas" | awk '/=>/ {print $3}'); do
    case "$(basename "$lib")" in
      libc.so* | libm.so* | libdl.so* | libpthread.so* | libEGL.so* | libGLdispatch.so*) ;;
      libstdc++* | libgcc_s*) cp -L "$lib" .gpu/std/ ;;  # used only where the machine has none
      *) cp -L "$lib" .gpu/lib/ ;;
    esac
  done
  cp "$build/myoatlas" "$build/assets/body.glb" .gpu/
  printf 'v 0 0 0\nv 0.002 0 0\nv 0 1.7 0\nf 1 2 3\n' > .gpu/sliver.obj  # a 1.7 m sliver: the frame's floor
  du -sh .gpu .gl
  ;;
run)
  for f in .gl/*.deb; do dpkg -x "$f" /; done
  ldconfig
  export LD_LIBRARY_PATH="$root/.gpu/lib"
  ldconfig -p | grep -q 'libstdc++.so.6 ' || export LD_LIBRARY_PATH="$LD_LIBRARY_PATH:$root/.gpu/std"
  vendor=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
  [ -f "$vendor" ] && export __EGL_VENDOR_LIBRARY_FILENAMES="$vendor"
  export MYOATLAS_DATA_DIR="$root/data" MYOATLAS_BODY="$root/.gpu/body.glb"
  B="$root/.gpu/myoatlas"
  nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null
  "$B" render --out "${OUT:-/tmp}/anterior-4k.png" --width 3840 --height 2160 || { echo "render failed"; exit 1; }
  for size in "1920 1080" "3840 2160"; do
    set -- $size
    echo "== process start to a $1x$2 PNG, 5 runs (ms)"
    for i in 1 2 3 4 5; do
      s=$(date +%s%N); "$B" render --out /tmp/a.png --width "$1" --height "$2"; e=$(date +%s%N)
      echo $(((e - s) / 1000000))
    done
  done
  bench() { echo "-- $*"; "$B" render --out /tmp/b.png "$@"; }
  for size in "1920 1080" "3840 2160"; do
    set -- $size
    bench --width "$1" --height "$2" --benchmark-frames 200
    bench --model .gpu/sliver.obj --width "$1" --height "$2" --benchmark-frames 60
    bench --width "$1" --height "$2" --benchmark-frames 60 --benchmark-msaa 0
    bench --width "$1" --height "$2" --skin-opacity 0 --benchmark-frames 60
    for c in 1 8 32; do bench --width "$1" --height "$2" --skin-opacity 0.3 --benchmark-frames 100 --benchmark-copies $c; done
  done
  ;;
*)
  echo "usage: $0 prepare|run" >&2
  exit 2
  ;;
esac
