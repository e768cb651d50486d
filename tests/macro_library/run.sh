#!/usr/bin/env bash
# Acceptance test for CI gating of a macro library (docs/configuration.md): a copy of
# examples/macros gets a baseline; a macro edited to add a dismissive line fails the run naming
# only that finding; a suppression with a reason silences it; one without a reason is reported.
# Also `replylint init`, --config and --no-config.
# Usage: run.sh path/to/replylint path/to/source-tree
set -u
bin=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/examples/macros" "$work/macros"
cd "$work" || exit 2
export NO_COLOR=1
failures=0
fail() {
  echo "FAIL $*"
  sed 's/^/     /' out.txt err.txt | head -20
  failures=$((failures + 1))
}

# lint EXPECTED_EXIT ARGS...: runs replylint, output in out.txt / err.txt.
lint() {
  local want=$1
  shift
  "$bin" "$@" >out.txt 2>err.txt
  code=$?
  [ "$code" = "$want" ] || fail "replylint $* exited $code, want $want"
}

# The finding lines of a human report: "path:line:col: severity: message [rule]".
findings() { grep -E '^[^ ].*:[0-9]+:[0-9]+: (error|warning|info): ' out.txt; }

baseline=macros/replylint-baseline.json
rm -f "$baseline"

lint 1 macros
[ "$(findings | wc -l)" -gt 3 ] || fail "the library has known findings"
lint 0 macros --write-baseline "$baseline"
grep -q '"version": 1' "$baseline" || fail "no versioned baseline written"
[ -z "$(find macros -name '.*tmp*')" ] || fail "a temporary file was left behind"
lint 0 macros --baseline "$baseline"
[ -z "$(findings)" ] || fail "baselined findings were reported"
grep -q ' and are not reported; 0 new' err.txt || fail "no baseline summary on stderr"
echo "ok   baseline written; the library passes against it"

# Edits elsewhere (a new opening line above baselined findings) resurrect nothing; a new
# dismissive line is the only finding reported.
sed -i '1i Good morning,' macros/policy-wall.txt
sed -i 's/^Hi {{ customer.first_name }},$/&\n\nThere'"'"'s nothing I can do about the courier./' macros/late-delivery.md
lint 1 macros --baseline "$baseline"
if [ "$(findings | wc -l)" != 1 ] ||
  ! findings | grep -q '^macros/late-delivery.md:5:1: error: .*\[dead-end/nothing-i-can-do\]$'; then
  fail "expected exactly the new dead-end finding at late-delivery.md:5:1"
fi
grep -q ' and are not reported; 1 new' err.txt || fail "summary does not count 1 new finding"
echo "ok   a new dismissive line fails the run and is the only finding named"

# A suppression with a reason silences it, and the comment's words are not linted.
sed -i 's/^There'"'"'s nothing I can do/<!-- replylint-disable-next-line dead-end\/nothing-i-can-do -- the courier contract forbids promises; we say so plainly -->\n&/' \
  macros/late-delivery.md
lint 0 macros --baseline "$baseline"
[ -z "$(findings)" ] || fail "the suppressed finding is still reported"
echo "ok   a suppression with a reason silences it"

# Without a reason the suppression still works but is itself reported.
sed -i 's/ -- the courier contract forbids promises; we say so plainly -->/ -->/' macros/late-delivery.md
lint 1 macros --baseline "$baseline"
findings | grep -q 'late-delivery.md:5:.*\[replylint/suppression-without-reason\]$' ||
  fail "a suppression without a reason was not reported"
echo "ok   a suppression without a reason is reported"

# The config governs: drafts are info there, errors without it.
lint 0 macros/drafts
findings | grep -q 'info: .*\[blame/should-have\]' || fail "drafts override did not apply"
lint 1 --no-config macros/drafts
findings | grep -q 'error: .*\[blame/should-have\]' || fail "--no-config still applied the config"

# init writes a starter config once, atomically, and it is valid.
mkdir fresh && printf 'Calm down.\n' >fresh/reply.txt
(cd fresh && "$bin" init >../out.txt 2>../err.txt) || fail "init failed"
[ -s fresh/.replylint.json ] || fail "init wrote nothing"
(cd fresh && "$bin" init >../out.txt 2>../err.txt)
[ $? = 2 ] && grep -q 'already exists; use --force' err.txt || fail "init overwrote a config"
"$bin" init --force fresh >out.txt 2>err.txt || fail "init --force failed"
lint 1 fresh
findings | grep -q '\[dismissive/calm-down\]' || fail "the starter config does not lint"
lint 1 --config fresh/.replylint.json macros/drafts
findings | grep -q 'error: .*\[blame/should-have\]' || fail "--config did not replace the nearest config"
echo "ok   init, --config and --no-config"

# A broken config stops the run before any output, located like rule-file errors.
printf '{"disable": ["dismissive/calm-dwn"], "fail_on": "eror"}\n' >fresh/.replylint.json
lint 2 fresh
grep -q '^fresh/.replylint.json:1:49: error: /fail_on: unknown fail level "eror" (did you mean "error"?)' err.txt ||
  fail "config value error not located"
[ ! -s out.txt ] || fail "a broken config still printed a report"
printf '{"disable": ["dismissive/calm-dwn"]}\n' >fresh/.replylint.json
lint 2 fresh
grep -q '^fresh/.replylint.json:1:14: error: /disable/0: unknown rule "dismissive/calm-dwn" (did you mean "dismissive/calm-down"?)' err.txt ||
  fail "unknown rule id not located"
echo "ok   broken configs stop the run with located errors"

echo "$failures failure(s)"
[ "$failures" = 0 ]
