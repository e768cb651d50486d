#!/usr/bin/env bash
# Acceptance test of the HTML report (docs/html-report.md): renders the report of the examples
# library with the built binary, then opens it in headless Chromium (check_report.js) to check
# that it loads without console errors, has every expected element, sorts and filters, and reads
# without JavaScript. The report, a full-page screenshot and one of the first screen are kept
# in OUT_DIR as artifacts.
# Usage: run.sh REPLYLINT OUT_DIR WORK_DIR INPUT...: the inputs are named relative to WORK_DIR,
# as the report shows them. Exits 77 (skipped) without chromium or node.
set -u
binary=$1
out_dir=$2
work_dir=$3
shift 3
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
node=$(command -v node || command -v nodejs || true)
if [ -z "$chromium" ] || [ -z "$node" ]; then
  echo "skipped: the HTML report test needs chromium and node" >&2
  exit 77
fi
mkdir -p "$out_dir" || exit 1
out_dir=$(cd "$out_dir" && pwd)
script_dir=$(cd "$(dirname "$0")" && pwd)
case $binary in /*) ;; *) binary=$PWD/$binary ;; esac
cd "$work_dir" || exit 1
report=$out_dir/examples-report.html
rm -f "$report" "$out_dir"/examples-report*.png

# --output when this build has it, else stdout.
if "$binary" --help 2>/dev/null | grep -q -- '--output'; then
  "$binary" --format html --fail-on never --output "$report" "$@"
else
  "$binary" --format html --fail-on never "$@" >"$report"
fi
status=$?
if [ "$status" -ne 0 ] || [ ! -s "$report" ]; then
  echo "replylint --format html failed (exit $status)" >&2
  exit 1
fi
# The number of replies, from the JSON summary, to expect as many cards.
replies=$("$binary" --format json --fail-on never "$@" |
  "$node" -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).summary.replies))')
if ! [ "$replies" -gt 0 ] 2>/dev/null; then
  echo "could not count the replies of the examples" >&2
  exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$node" "$script_dir/check_report.js" --chromium "$chromium" --profile "$profile" \
  --report "$report" --expected-replies "$replies" --screenshot "$out_dir/examples-report.png"
