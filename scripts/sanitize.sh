#!/usr/bin/env bash
# The hostile-input checks run after the normal suite: builds banmian with clang, AddressSanitizer,
# UndefinedBehaviorSanitizer and libFuzzer's coverage into build-fuzz/, runs the stage tests that
# matter most under the sanitizers (load, typeset, compose, export), then runs each fuzz harness for a
# bounded time on a corpus seeded with the examples. Any sanitizer report, crash or finding fails.
#
#   scripts/sanitize.sh                   # CI: 20 s per harness
#   FUZZ_SECONDS=3600 scripts/sanitize.sh # longer; or run one harness by hand (README, "Fuzzing")
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-20}"
tests=(load_tests typeset_tests compose_tests export_tests)
harnesses=(load pipeline export)

# -O1 with line tables only, as the sanitizers' own documentation advises: stack traces keep file and
# line, and it builds faster than -O2 -g (it runs on every CI push).
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
  -DCMAKE_CXX_COMPILER=clang++ -DBANMIAN_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${tests[@]}" "${harnesses[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"  # fontconfig and Pango keep caches for the process
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for binary in "${tests[@]}"; do
  stage="${binary%_tests}"
  echo "$binary under ASan and UBSan"
  "build-fuzz/tests/$stage/$binary" --gtest_brief=1
done

mkdir -p build-fuzz/seeds build-fuzz/findings
{ cat layouts/broadsheet-feature.yaml; printf '\0'; cat data/liling-2020h1.yaml; printf '\0'; cat data/liling-2020h1.md; } \
  >build-fuzz/seeds/liling
for harness in "${harnesses[@]}"; do
  mkdir -p "build-fuzz/corpus/$harness"
  echo "fuzz_$harness: ${seconds} s"
  nice "build-fuzz/tests/fuzz/fuzz_$harness" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$harness-" \
    "build-fuzz/corpus/$harness" build-fuzz/seeds 2>&1 | grep -E '^(stat::|==|SUMMARY|#[0-9]+ +DONE)' || true
  if ls "build-fuzz/findings/$harness-"* >/dev/null 2>&1; then
    echo "fuzz_$harness found inputs that fail: build-fuzz/findings/$harness-*" >&2
    exit 1
  fi
done
