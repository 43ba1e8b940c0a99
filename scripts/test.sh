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
  # -O1 with line tables: the sanitisers' reports keep file and line, and it compiles 2.5 times faster than
  # -O2 -g (what keeps CI under its limit); the tests run about as fast. No precompiled headers here: with
  # debug information they cost this build 15% more than they save (they help the Release build).
  cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
    -DMYOATLAS_CORE_ONLY=ON -DMYOATLAS_SANITIZE=ON -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON >/dev/null
  cmake --build "$asan" -j "$jobs"
  # The core tests run as one process per CPU (gtest shards), not one per test: a sanitised body generation
  # takes half a minute, and a process generates its test bodies once for all its tests.
  # Generating two whole bodies (bones and muscles) to compare them bit for bit is by far the heaviest sanitised
  # test and checks determinism, not memory: the Release run (ctest, below) keeps it.
  release_only="GeneratedBody.IsDeterministicAndScalesWithStature"
  pids=()
  for ((shard = 0; shard < jobs; shard++)); do
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 GTEST_TOTAL_SHARDS="$jobs" GTEST_SHARD_INDEX="$shard" \
      "$asan/tests/core_tests" --gtest_brief=1 --gtest_filter="-$release_only" > "$asan/core_tests.shard$shard.log" 2>&1 &
    pids+=($!)
  done
  failed=0
  for ((shard = 0; shard < jobs; shard++)); do
    if ! wait "${pids[$shard]}"; then failed=1; cat "$asan/core_tests.shard$shard.log"; fi
    tail -n 3 "$asan/core_tests.shard$shard.log"
  done
  [ "$failed" = 0 ] || { echo "core tests failed under the sanitizers" >&2; exit 1; }
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs"
(cd "$build" && ctest --output-on-failure -j "$jobs")
