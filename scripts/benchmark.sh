#!/usr/bin/env bash
# Runs every benchmark and prints the figures docs/PERFORMANCE.md reports: the Google Benchmark programs,
# the headless frame-time mode, and the viewer's start-up, frame time (at rest and while turning the body) and
# idle CPU under Xvfb (llvmpipe) at 1280x800.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MYOATLAS_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" >/dev/null

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
echo "== Google Benchmark"
"$build/bench/myoatlas_bench" --benchmark_min_time=1
echo "== headless frame time, default body, 1280x800, smoothed as pictures are (myoatlas render --benchmark-frames)"
"$build/myoatlas" render --out /tmp/myoatlas-bench.png --width 1280 --height 800 --benchmark-frames 200
echo "== viewer under Xvfb, 1280x800: process start to first frame, then frame time (5 runs)"
for i in 1 2 3 4 5; do
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/myoatlas" --width 1280 --height 800 --frames 120 --frame-stats
done
echo "== viewer while the body is turned (drag with xdotool), skin on and hidden (scripts/moving-frames.sh)"
"$root/scripts/moving-frames.sh" "$build/myoatlas" 3 120 || echo "(skipped: xdotool missing)"
echo "== viewer idle CPU with nothing moving (it should wait for events)"
"$root/scripts/idle-cpu.sh" "$build/myoatlas" 10
echo "== start-up side by side with f3d and Assimp (scripts/side-by-side.sh; --write appends it to docs/PERFORMANCE.md)"
"$root/scripts/side-by-side.sh" || echo "(skipped: f3d or assimp-utils missing)"
