#!/usr/bin/env bash
# replylint as a record filter (docs/scaling.md): a JSON Lines stream split across processes
# with GNU parallel --pipe, as Hadoop Streaming or Spark pipe() would split it, and merged back
# by id, gives the same replies as one process over the whole stream. Positions (line, offset)
# are relative to each process's split, so they are left out of the comparison; columns are not
# (a split never cuts a record).
# Usage: run.sh path/to/replylint     Exit 77 (skipped) without GNU parallel.
set -u
bin=$(realpath "$1")
command -v parallel >/dev/null 2>&1 || { echo "skipped: GNU parallel not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
unset REPLYLINT_STREAM_BLOCK

for i in $(seq 1 400); do
  case $((i % 5)) in
    0) printf '{"id": "t-%d", "role": "customer", "text": "Calm down? As I already said, sorry to hear."}\n' "$i" ;;
    1) printf '{"id": "t-%d", "role": "agent", "text": "I\\u2019m sorry to hear about order %d. We apologize for any inconvenience."}\n' "$i" "$i" ;;
    2) printf '{"id": "t-%d", "text": "I can see how frustrating this delay must be \xe2\x80\x94 I\x27ve refunded order %d today."}\n' "$i" "$i" ;;
    3) printf '{"id": "t-%d", "role": "agent", "text": "That\x27s our policy. Calm down, as I said before."}\n' "$i" ;;
    4) printf '{"id": "t-%d", "role": "agent", "text": "Thanks for your patience, caf\xc3\xa9 #%d."}\n' "$i" "$i" ;;
  esac
done >stream.jsonl

filter=("$bin" --input jsonl --format jsonl --fail-on never -)
# Reply records keyed by id, without the split-relative fields, sorted: the merge by id.
by_id() {
  perl -ne 'next unless /"type":"reply"/; s/"(line|end_line|offset)":\d+,?//g;
            s/"path":(null|"[^"]*"),//; print "$1\t$_" if /"id":("(?:[^"\\]|\\.)*")/' | LC_ALL=C sort
}

"${filter[@]}" <stream.jsonl | by_id >single.txt || exit 1
# Uneven splits of 37 records on 4 processes, finishing in any order.
parallel --pipe -N 37 -j 4 "${filter[*]}" <stream.jsonl | by_id >split.txt || {
  echo "FAIL parallel run"
  exit 1
}
failures=0
if [ "$(wc -l <single.txt)" = 320 ] && cmp -s single.txt split.txt; then
  echo "ok   parallel --pipe split merged by id = single process (320 agent replies)"
else
  echo "FAIL parallel --pipe split merged by id = single process"
  wc -l single.txt split.txt
  diff single.txt split.txt | head -10
  failures=1
fi
# Every output record carries its input id, exactly once.
if [ "$(cut -f1 split.txt | uniq -d | wc -l)" = 0 ]; then
  echo "ok   one record per agent reply, each with its id"
else
  echo "FAIL duplicate ids in the merged output"
  failures=1
fi
exit $failures
