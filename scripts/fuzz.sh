#!/usr/bin/env bash
# Fuzzes Myoatlas' readers with libFuzzer (issue 18; tests/fuzz/README.md says what each target reads).
#   scripts/fuzz.sh [--seconds N] [--build DIR] [--configure-only] [TARGET...]
#                                       (targets: model sidecar atlas notes settings scene lesson cli; default all)
# Builds the targets with clang, AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer in DIR (default
# build-fuzz), then runs each for N seconds (default 60), as many at once as there are CPUs, from its seed corpus
# (tests/fuzz/corpus/TARGET). New inputs collect in DIR/corpus/TARGET and carry over to the next run; a finding
# (crash, sanitizer report, broken property, hang over 25 s, over 4 GiB) is saved as DIR/findings/TARGET/* and
# makes the script exit 1: fix it, then add the input to tests/fuzz/regressions/TARGET so ctest replays it.
# For hours: scripts/fuzz.sh --seconds 3600 model. --configure-only configures DIR and stops: scripts/test.sh
# builds and tests everything in that configuration under MYOATLAS_SANITIZE=1 (CI), then fuzzes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds=60
build="$root/build-fuzz"
configure_only=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --configure-only) configure_only=1; shift ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(model sidecar atlas notes settings scene lesson cli)

# The `sanitize` preset (CMakePresets.json): clang, -O1 with line tables (reports keep file and line, the build is
# quick, the code fast enough), AddressSanitizer, UBSan and libFuzzer's coverage.
(cd "$root" && cmake --preset sanitize -B "$build" >/dev/null)
[ "$configure_only" = 0 ] || exit 0
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

run_one() {
  local target="$1" log="$build/fuzz-$1.log"
  mkdir -p "$build/corpus/$target" "$build/findings/$target"
  # -seed=1: a run is repeatable given the same corpus; -rss_limit_mb and -timeout turn runaways into findings.
  # lsan.supp: Assimp's own leaks (in the app each import's child process exits, so they never build up).
  if ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp" UBSAN_OPTIONS=print_stacktrace=1 \
       "$build/tests/fuzz/fuzz_$target" \
       -seed=1 -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
       -artifact_prefix="$build/findings/$target/" "$build/corpus/$target" "$root/tests/fuzz/corpus/$target" \
       $([ -d "$root/tests/fuzz/regressions/$target" ] && echo "$root/tests/fuzz/regressions/$target") \
       > "$log" 2>&1; then
    echo "fuzz $target: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs, \
$(grep -oE 'cov: [0-9]+' "$log" | tail -1), $(ls "$build/corpus/$target" | wc -l) corpus inputs, no finding"
  else
    echo "fuzz $target: FINDING (log: $log)"; tail -n 40 "$log"; return 1
  fi
}

for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
  run_one "$target" > "$build/fuzz-$target.summary" 2>&1 &
done
wait || true
failed=0
for target in "${targets[@]}"; do
  cat "$build/fuzz-$target.summary"
  grep -q "no finding" "$build/fuzz-$target.summary" || failed=1
done
[ "$failed" = 0 ] || { echo "fuzzing found problems: see $build/findings" >&2; exit 1; }
