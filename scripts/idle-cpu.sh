#!/usr/bin/env bash
# The viewer's CPU use while nothing moves (issue 13): start it on a private Xvfb display with fresh settings,
# wait for start-up, then read the process's user+system CPU ticks over SECONDS. Usage: idle-cpu.sh [BINARY] [SECONDS]
set -euo pipefail
BIN=${1:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/myoatlas"}; SECS=${2:-10}
XDG_CONFIG_HOME=$(mktemp -d); XDG_DATA_HOME=$(mktemp -d); export XDG_CONFIG_HOME XDG_DATA_HOME
Xvfb :77 -screen 0 1400x900x24 >/dev/null 2>&1 & XPID=$!
sleep 1
DISPLAY=:77 "$BIN" --width 1000 --height 700 >/dev/null 2>&1 & VPID=$!
sleep 6
t0=$(awk '{print $14+$15}' /proc/$VPID/stat)
sleep "$SECS"
t1=$(awk '{print $14+$15}' /proc/$VPID/stat)
kill $VPID; sleep 0.5; kill $XPID
hz=$(getconf CLK_TCK)
echo "idle CPU: $(( (t1 - t0) * 100 / (hz * SECS) ))% of one core over ${SECS} s ($((t1 - t0)) ticks at ${hz}/s)"
