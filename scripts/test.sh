#!/usr/bin/env bash
# Builds everything and runs every test: installs missing Debian packages, builds (Release) and runs ctest.
# With MYOATLAS_SANITIZE=1 it first builds the GL-free core tests with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs them (CI does this); the full suite runs last.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MYOATLAS_BUILD_DIR:-$root/build}"
jobs="$(nproc)"

"$root/scripts/install-deps.sh"

if [ "${MYOATLAS_SANITIZE:-0}" = "1" ]; then
  asan="$build-asan"
  cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMYOATLAS_CORE_ONLY=ON -DMYOATLAS_SANITIZE=ON >/dev/null
  cmake --build "$asan" -j "$jobs"
  (cd "$asan" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j "$jobs")
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs"
(cd "$build" && ctest --output-on-failure -j "$jobs")
