#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The build step that embeds the default packs (replylint_snapshot) refuses a broken pack the way
# a run refuses a broken --rules file: file:line:col diagnostics naming the pack as embedded,
# exit 1, and no source written; a good pack gives a source that defines the snapshot.
set -euo pipefail
tool=$1
fixtures=$(cd "$(dirname "$0")/../golden/rule-file-errors" && pwd)
good=$(cd "$(dirname "$0")/../../rules" && pwd)/sympathy.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
"$tool" "$work/bad.cpp" "$good" "$fixtures/broken.json" 2>"$work/err" || status=$?
[ "$status" -eq 1 ] || { echo "broken pack: exit $status, expected 1"; exit 1; }
grep -q '^<builtin>/broken.json:5:5: error: /rules/0: rule "broken/one": missing required key "message"$' "$work/err" \
  || { echo "broken pack: diagnostic missing"; cat "$work/err"; exit 1; }
[ ! -e "$work/bad.cpp" ] || { echo "broken pack: a source was written"; exit 1; }

"$tool" "$work/good.cpp" "$good"
grep -q 'std::string_view embedded_rule_snapshot()' "$work/good.cpp" \
  || { echo "good pack: no snapshot function in the source"; exit 1; }
echo "rule_snapshot: ok"
