#!/usr/bin/env bash
# Runs one golden case: tests/golden/<case>/args holds the arguments (one shell line, run from
# the case folder with $REPLYLINT set), an optional `stdin` file is piped in, and the combined
# stdout, stderr and exit code are compared with `expected`. With REPLYLINT_UPDATE_GOLDEN=1 the
# expected file is rewritten instead.
set -u
binary=$1
case_dir=$2
cd "$case_dir" || exit 2
export REPLYLINT="$binary" NO_COLOR=1
unset GITHUB_STEP_SUMMARY  # `--format github` must not write to a CI job's real summary
input=/dev/null
[ -f stdin ] && input=stdin
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
{
  eval "\"\$REPLYLINT\" $(cat args)" <"$input" >"$actual.out" 2>"$actual.err"
  code=$?
  cat "$actual.out"
  echo "--- stderr ---"
  cat "$actual.err"
  echo "--- exit $code ---"
} >"$actual"
rm -f "$actual.out" "$actual.err"
if [ "${REPLYLINT_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual" expected
  echo "updated $case_dir/expected"
  exit 0
fi
if ! diff -u expected "$actual"; then
  echo "golden mismatch in $case_dir (REPLYLINT_UPDATE_GOLDEN=1 to accept)" >&2
  exit 1
fi
