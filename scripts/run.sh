#!/usr/bin/env bash
# Set up and run: installs missing Debian packages, builds (Release), and opens the viewer on the default body.
# Extra arguments go to myoatlas, e.g. scripts/run.sh --ui-scale 2
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MYOATLAS_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target myoatlas

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "Built $build/myoatlas, but this machine has no display to open the viewer on."
  echo "Render the body to a PNG instead:"
  echo "  $build/myoatlas render --out body.png --view anterior"
  echo "or run the viewer on a virtual display:"
  echo "  xvfb-run -a $build/myoatlas"
  exit 0
fi
exec "$build/myoatlas" "$@"
