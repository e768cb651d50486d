#!/usr/bin/env bash
# Runs the replylint command lines of the CI examples the way each CI system would, in a copy of
# examples/, so the examples cannot rot: examples/ci/github-actions.yml, examples/ci/gitlab-ci.yml
# and the pre-commit hook in .pre-commit-hooks.yaml.
# Usage: run.sh path/to/replylint path/to/source-tree
set -u
bin=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/examples" "$work/examples"
cd "$work" || exit 2
export NO_COLOR=1
failures=0
fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

# The replylint command lines of a CI file: `run:` values and script items that call
# ./build/replylint (the examples keep each on one line).
commands_of() {
  sed -nE 's/^[[:space:]]*(-[[:space:]]+)?(run:[[:space:]]+)?(\.\/build\/replylint[[:space:]].*)$/\3/p' "$1"
}

# The value of `key:` in a YAML file (first occurrence, surrounding spaces trimmed).
value_of() {
  sed -nE "s/^[[:space:]]*(-[[:space:]]+)?$2:[[:space:]]*(.*[^[:space:]])[[:space:]]*$/\2/p" "$1" | head -1
}

# run_ci NAME EXPECTED_EXIT COMMAND: runs one extracted command with the built binary.
run_ci() {
  local name=$1 want=$2 command=$3
  eval "\"\$bin\" ${command#./build/replylint}" >out.txt 2>err.txt
  local code=$?
  if [ "$code" = "$want" ]; then
    echo "ok   $name: $command"
  else
    fail "$name (exit $code, want $want): $command"
    head -5 err.txt out.txt
  fi
}

# GitHub Actions: the gate (annotations + job summary) and the SARIF report for code scanning.
github="$source_dir/examples/ci/github-actions.yml"
mapfile -t commands < <(commands_of "$github")
[ "${#commands[@]}" = 2 ] || fail "github-actions.yml: expected 2 replylint lines, found ${#commands[@]}"
export GITHUB_STEP_SUMMARY="$work/step-summary.md"
for command in "${commands[@]}"; do
  run_ci github-actions 0 "$command"
  case "$command" in
    *"--format github"*)
      grep -q '^::' out.txt && fail "the gate annotates baselined findings" ;;
  esac
done
unset GITHUB_STEP_SUMMARY
[ -s step-summary.md ] || fail "github format wrote no job summary to \$GITHUB_STEP_SUMMARY"
sarif=$(value_of "$github" sarif_file)
[ -n "$sarif" ] && [ -s "$sarif" ] || fail "upload-sarif's sarif_file '$sarif' was not written"
grep -q '"version": "2.1.0"' "$sarif" 2>/dev/null || fail "$sarif is not SARIF 2.1.0"
grep -q '"ruleId": "dismissive/calm-down"' "$sarif" 2>/dev/null ||
  fail "$sarif lacks the library's known findings"

# GitLab CI: one job writing a JUnit report that the job publishes.
gitlab="$source_dir/examples/ci/gitlab-ci.yml"
mapfile -t commands < <(commands_of "$gitlab")
[ "${#commands[@]}" = 1 ] || fail "gitlab-ci.yml: expected 1 replylint line, found ${#commands[@]}"
for command in "${commands[@]}"; do run_ci gitlab-ci 0 "$command"; done
junit=$(value_of "$gitlab" junit)
[ -n "$junit" ] && grep -q '<testsuite' "$junit" 2>/dev/null ||
  fail "reports:junit '$junit' was not written as JUnit XML"

# pre-commit: the hook's entry, run on the library's files its `files` pattern selects, as
# pre-commit passes them.
hooks="$source_dir/.pre-commit-hooks.yaml"
[ "$(value_of "$hooks" id)" = replylint ] || fail ".pre-commit-hooks.yaml: id is not replylint"
[ "$(value_of "$hooks" language)" = system ] || fail ".pre-commit-hooks.yaml: language is not system"
entry=$(value_of "$hooks" entry)
[ "$entry" = replylint ] || fail ".pre-commit-hooks.yaml: entry '$entry' is not replylint"
pattern=$(value_of "$hooks" files)
mapfile -t staged < <(find examples/macros -type f | sort | grep -E "$pattern")
mapfile -t macros < <(find examples/macros -type f ! -name '.*' ! -name '*.json' | sort)
[ "${staged[*]}" = "${macros[*]}" ] ||
  fail "hook 'files' selects [${staged[*]}], not every macro [${macros[*]}]"
run_ci "pre-commit (with baseline)" 0 "./build/replylint --baseline examples/macros/replylint-baseline.json ${staged[*]}"
run_ci "pre-commit (known findings fail)" 1 "./build/replylint ${staged[*]}"

echo "$failures failure(s)"
[ "$failures" = 0 ]
