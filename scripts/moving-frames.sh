#!/usr/bin/env bash
# The viewer's frame time while the user turns the body (issue 17 item 3): start it at 1280x800 on a private Xvfb
# display with fresh settings, hold the left button down in the middle of the window and drag 4 px every 20 ms
# until it has drawn FRAMES frames, then print its --frame-stats line (moving_mean_ms / moving_p95_ms are the
# frames drawn while the view moved). Skin on, then skin hidden (--skin-opacity 0), RUNS runs each.
# Usage: moving-frames.sh [BINARY] [RUNS] [FRAMES] [extra viewer options...]. Needs Xvfb and xdotool.
set -euo pipefail
BIN=${1:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/myoatlas"}; RUNS=${2:-3}; FRAMES=${3:-120}
shift $(( $# < 3 ? $# : 3 ))
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "moving-frames: '$tool' is missing (apt-get install xvfb xdotool)" >&2; exit 2; }
done
XDG_CONFIG_HOME=$(mktemp -d); XDG_DATA_HOME=$(mktemp -d); export XDG_CONFIG_HOME XDG_DATA_HOME
display=:78
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT
sleep 1
export DISPLAY=$display
for skin in 1 0; do
  for ((run = 1; run <= RUNS; ++run)); do
    out=$(mktemp)
    "$BIN" --width 1280 --height 800 --skin-opacity "$skin" --frames "$FRAMES" --frame-stats "$@" >"$out" 2>/dev/null & viewer=$!
    xdotool search --sync --onlyvisible --pid "$viewer" >/dev/null 2>&1 || true
    sleep 1.5  # the body loaded and the first frames drawn
    xdotool mousemove 640 420 mousedown 1
    step=4 i=0
    while kill -0 "$viewer" 2>/dev/null; do
      (( ++i % 60 == 0 )) && step=$(( -step ))
      xdotool mousemove_relative -- "$step" 0
      sleep 0.02
    done
    xdotool mouseup 1 || true
    wait "$viewer" || true
    echo "skin-opacity $skin run $run: $(tail -1 "$out")"
    rm -f "$out"
  done
done
