#!/usr/bin/env bash
# tools/firing-rates.sh on a small Twitter-shaped export written for the tests (the fixture of
# the golden case statistics-json-conversations, never the real data): only agent turns and the
# closing url_utterance are counted, extra args reach replylint, a missing file fails clearly.
# Usage: run.sh path/to/replylint path/to/source-root
set -u
bin=$(realpath "$1")
root=$(realpath "$2")
script="$root/tools/firing-rates.sh"
fixture="$root/tests/golden/statistics-json-conversations/conversations.json"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1
failures=0

check() {
  local what=$1
  shift
  if "$@"; then
    echo "ok   $what"
  else
    echo "FAIL $what"
    failures=$((failures + 1))
  fi
}

REPLYLINT="$bin" bash "$script" "$fixture" >"$work/out" 2>"$work/err"
code=$?
check "exit 0 although findings were reported" [ "$code" = 0 ]
check "heading on stderr names the file" grep -q "firing rates on the agent replies of $fixture" \
  "$work/err"
# Agent turns: 2, url_utterance replies: 2; the 3 customer turns are not replies.
check "4 agent replies in 2 conversations, customer turns left out" \
  grep -qx '1 file, 4 replies: 1 empathetic, 1 neutral, 1 sympathetic, 1 dismissive; mean score 63.0' \
  "$work/out"
# "sorry to hear" twice in one agent turn: 2 hits, 1 reply (the customer's is not counted).
check "per-rule line: hits, replies, share, rule, category, severity" \
  grep -Eq '^ +2 +1 +25\.0% +sympathy/sorry-to-hear +sympathy +warning$' "$work/out"
check "per-family line" grep -Eq '^ +1 +25\.0% +sympathy$' "$work/out"
check "evidence rules are counted" grep -Eq '^ +1 +25\.0% +empathy$' "$work/out"
# A customer wrote "we apologize for any inconvenience" too: 1 hit, the agent's.
check "customer turns never counted (shared phrase)" \
  grep -Eq '^ +1 +1 +25\.0% +non-apology/any-inconvenience +non-apology +warning$' "$work/out"
# Only customers wrote "calm down" and "that's your policy".
check "customer turns never counted" bash -c "! grep -Eq 'dismissive/|policy/' '$work/out'"
cat "$work/out"

REPLYLINT="$bin" bash "$script" "$fixture" -- --format json >"$work/json" 2>/dev/null
check "extra args after -- reach replylint (--format json)" \
  grep -q '^    "replies": 4,$' "$work/json"

REPLYLINT="$bin" bash "$script" "$work/missing.json" >"$work/out" 2>"$work/err"
code=$?
check "missing file: exit 2" [ "$code" = 2 ]
check "missing file: clear message" grep -q "cannot read $work/missing.json" "$work/err"
check "missing file: nothing on stdout" [ ! -s "$work/out" ]

REPLYLINT="$work/no-such-replylint" bash "$script" "$fixture" >/dev/null 2>"$work/err"
code=$?
check "missing binary: exit 2 and says so" \
  bash -c "[ $code = 2 ] && grep -q 'replylint not found at' '$work/err'"

echo "$failures failure(s)"
[ "$failures" = 0 ]
