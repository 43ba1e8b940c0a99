#!/usr/bin/env bash
# Start-up side by side (issue 17 item 4): the whole process, start to PNG, of `myoatlas render`, of f3d (Debian's
# package, on a private Xvfb display) and of `assimp info` (Assimp's import alone) on the same files, median of 5,
# with the ratios the issue asks about. Inputs: the default body and, when present, the BodyParts3D file in
# ../shared/realdata. Prints a markdown section; with --write, also appends it to docs/PERFORMANCE.md.
# Needs f3d and assimp-utils (apt-get install f3d assimp-utils) and Xvfb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MYOATLAS_BUILD_DIR:-$root/build}"
write=false
[ "${1:-}" = "--write" ] && write=true
for tool in f3d assimp Xvfb; do
  command -v "$tool" >/dev/null || { echo "side-by-side: '$tool' is missing (apt-get install f3d assimp-utils xvfb)" >&2; exit 2; }
done
tmp="$(mktemp -d)"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1200x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 1

# Median wall time of 5 runs of a command, in milliseconds.
median_ms() {
  local times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "side-by-side: failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

inputs=("$build/assets/body.glb")
real="$root/../shared/realdata/bodyparts3d/bp3d_mm_zup_muscles_bones.glb"
[ -f "$real" ] && inputs+=("$real")

# Median of 5 of the viewer's own first-frame figure (process start to the first frame shown, under Xvfb).
median_first_frame_ms() {
  local times=()
  for _ in 1 2 3 4 5; do
    local json
    json=$(DISPLAY="$display" "$@" --frames 1 --frame-stats 2>/dev/null | tail -1) || { echo "side-by-side: failed: $*" >&2; exit 1; }
    times+=($(echo "$json" | sed 's/.*"first_frame_ms": *\([0-9.]*\).*/\1/' | cut -d. -f1))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

section="$tmp/section.md"
{
  echo "## Start-up side by side: myoatlas, f3d and Assimp ($(date -u +%F), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), llvmpipe)"
  echo
  echo "Written by \`scripts/side-by-side.sh\`: the whole process, start to an 800x1000 PNG, median of 5 runs; f3d"
  echo "($(f3d --version 2>/dev/null | head -1 | xargs)) on a private Xvfb display (its defaults: no anti-aliasing); \`assimp info\` is Assimp's"
  echo "import alone. Myoatlas also loads the atlas and prepares the pain surface, and smooths edges (4x MSAA on GPUs; on"
  echo "llvmpipe drawn at twice the size and averaged: Antialiasing::forPictures). The viewer's"
  echo "first frame is its own figure (process start to the first frame shown, 1280x800 under Xvfb), against f3d's PNG."
  echo
  echo "| Model | myoatlas render | viewer first frame | f3d | assimp info | render / f3d (target 0.5) | viewer / f3d (target 0.5) | render / Assimp (target 1.3) |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  for model in "${inputs[@]}"; do
    m=$(median_ms "$build/myoatlas" render --model "$model" --out "$tmp/m.png" --width 800 --height 1000)
    f=$(DISPLAY="$display" median_ms f3d --output="$tmp/f.png" --resolution=800,1000 "$model")
    a=$(median_ms assimp info "$model")
    v=$(median_first_frame_ms "$build/myoatlas" --model "$model")
    echo "| $(basename "$model") ($(du -h "$model" | cut -f1)) | $m ms | $v ms | $f ms | $a ms | $(awk "BEGIN {printf \"%.2f\", $m / $f}") | $(awk "BEGIN {printf \"%.2f\", $v / $f}") | $(awk "BEGIN {printf \"%.2f\", $m / $a}") |"
  done
  echo
} > "$section"
cat "$section"
if $write; then
  { echo; cat "$section"; } >> "$root/docs/PERFORMANCE.md"
  echo "side-by-side: appended to docs/PERFORMANCE.md" >&2
fi
