#!/usr/bin/env bash
# Builds everything and runs every test: installs missing Debian packages, builds with clang and runs ctest.
#   default               a Release build in build/ (the one scripts/run.sh runs), every test
#   MYOATLAS_SANITIZE=1   (CI sets it) instead one build of everything in build-sanitize/ with AddressSanitizer,
#                         UndefinedBehaviorSanitizer and libFuzzer's coverage (scripts/fuzz.sh's configuration);
#                         every test runs under the sanitizers (the fuzz targets replay their corpora and
#                         regressions), then each fuzz target fuzzes for MYOATLAS_FUZZ_SECONDS (default 10) s and
#                         any finding fails the run.
# One compiler for both, so what CI checks is what users build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"

"$root/scripts/install-deps.sh"

if [ "${MYOATLAS_SANITIZE:-0}" = "1" ]; then
  build="${MYOATLAS_BUILD_DIR:-$root/build-sanitize}"
  "$root/scripts/fuzz.sh" --build "$build" --configure-only
  cmake --build "$build" -j "$jobs"
  # Leaks are checked too (LeakSanitizer), except in the suites that make an OpenGL context (tests/CMakeLists.txt).
  (cd "$build" && ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS=print_stacktrace=1 \
     ctest --output-on-failure -j "$jobs")
  "$root/scripts/fuzz.sh" --build "$build" --seconds "${MYOATLAS_FUZZ_SECONDS:-10}"
  exit 0
fi

build="${MYOATLAS_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs"
(cd "$build" && ctest --output-on-failure -j "$jobs")
