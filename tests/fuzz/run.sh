#!/usr/bin/env bash
# Builds the fuzz targets with clang (fuzzer + address + undefined sanitizers) and runs each, one
# at a time and niced, for SECONDS (default 600) on a copy of its seed corpus.
# Usage: tests/fuzz/run.sh [SECONDS [TARGET...]]   (targets: rule_loader readers normalizer matcher)
# Logs go to build-fuzz/logs/<target>.log, crashes to tests/fuzz/artifacts/. Once a crash is
# fixed, keep its input as tests/fuzz/corpus/<target>/regression-<what>: ctest replays every
# corpus file (fuzz_replay.<target>), with or without libFuzzer.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(rule_loader readers normalizer matcher)
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DREPLYLINT_FUZZ=ON -DREPLYLINT_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"
mkdir -p tests/fuzz/artifacts "$build/logs"
status=0
for target in "${targets[@]}"; do
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$target/." "$work/"
  echo "== fuzz_$target for ${seconds}s (log: $build/logs/$target.log)"
  # -timeout: an input taking 30 s counts as a hang, not just a slow unit.
  nice -n 19 "$build/tests/fuzz/fuzz_$target" "$work" -max_total_time="$seconds" -max_len=4096 \
    -timeout=30 -artifact_prefix="tests/fuzz/artifacts/$target-" -print_final_stats=1 \
    >"$build/logs/$target.log" 2>&1 || status=1  # go on with the next target
  grep -E "ERROR|DONE|Done" "$build/logs/$target.log" | tail -3
  rm -rf "$work"
done
exit $status
