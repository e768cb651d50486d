#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# How often each rule and each rule family fires on real agent replies: the agent turns (and the
# closing agentURL.url_utterance) of the Twitter customer-care dev split, linted with
# `replylint --statistics` (docs/output-formats.md). Discussed in tests/data/README.md.
#
#   tools/firing-rates.sh [DEV_JSON] [-- extra replylint args]
#
# DEV_JSON defaults to /work/shared/data/twitter-customer-care/dev.json; the binary is $REPLYLINT,
# default build/replylint under the repository root. Extra args go to replylint (for example
# `-- --format json`, `-- --no-default-rules --rules my-pack.json`). Prints the table on stdout
# and a heading on stderr; exits 0, or 2 when the file or the binary is missing or replylint
# reports an error.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
replylint=${REPLYLINT:-$root/build/replylint}
dev_json=/work/shared/data/twitter-customer-care/dev.json

usage() { sed -n '7,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
if [ $# -gt 0 ] && [ "$1" != -- ]; then
  case $1 in
    -h | --help) usage ;;
  esac
  dev_json=$1
  shift
fi
if [ $# -gt 0 ]; then
  [ "$1" = -- ] || usage
  shift
fi

if [ ! -x "$replylint" ]; then
  echo "firing-rates.sh: replylint not found at $replylint: build it" \
    "(cmake -S . -B build -G Ninja && cmake --build build) or set REPLYLINT" >&2
  exit 2
fi
if [ ! -f "$dev_json" ] || [ ! -r "$dev_json" ]; then
  echo "firing-rates.sh: cannot read $dev_json: pass the dev.json of the Twitter" \
    "customer-care split (a JSON array of conversations with dialogContent turns)" >&2
  exit 2
fi

# Only agent turns are replies: a turn keyed "agent" (customer turns are keyed "client"), plus
# the closing reply in agentURL.url_utterance (docs/input-formats.md, "Mappings").
# The heading goes to stderr, so that stdout is replylint's own output (`-- --format json` stays
# one JSON document).
echo "firing rates on the agent replies of $dev_json (hits = matches; replies = agent replies" \
  "with at least one hit; share = of all agent replies)" >&2
"$replylint" --statistics --no-progress --input json --turns-field dialogContent \
  --text-field message --reply-field agentURL.url_utterance "$@" "$dev_json"
status=$?
# Exit 1 only says that findings were reported: that is what is being counted here.
[ "$status" -le 1 ] || exit "$status"
exit 0
