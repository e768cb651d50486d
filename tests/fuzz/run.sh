#!/usr/bin/env bash
# Builds the fuzz targets with clang (fuzzer + address + undefined sanitizers) and runs each
# for SECONDS (default 600) on its seed corpus. Crashes land in tests/fuzz/artifacts/; keep each
# one as a regression seed in tests/fuzz/corpus/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DREPLYLINT_FUZZ=ON -DREPLYLINT_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_rule_loader fuzz_normalizer fuzz_matcher
mkdir -p tests/fuzz/artifacts
for target in rule_loader normalizer matcher; do
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$target/." "$work/"
  echo "== fuzz_$target for ${seconds}s"
  "$build/tests/fuzz/fuzz_$target" "$work" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="tests/fuzz/artifacts/$target-" -print_final_stats=1 2>&1 | tail -12
  rm -rf "$work"
done
