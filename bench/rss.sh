#!/usr/bin/env bash
# Peak RSS of streaming (issue 5, "Streaming"): lints generated JSON Lines files of each size
# with --format jsonl and prints the peak resident set size, which should stay flat however big
# the input. Not a test: it writes gigabytes and takes minutes.
#
#   bench/rss.sh [--bin build/replylint] [--dir /tmp/replylint-rss] [--sizes "100 2048"]
#                [--jobs N] [--keep]
#
# Sizes are MiB of stream.jsonl from bench/generate_corpus (compiled here if needed). Each file
# is deleted after its run unless --keep. Needs GNU time (/usr/bin/time, Debian package `time`).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/build/replylint"
dir=/tmp/replylint-rss
sizes="100 2048"
jobs=()
keep=0
while [ $# -gt 0 ]; do
  case $1 in
    --bin) bin=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --jobs) jobs=(--jobs "$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "rss.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$dir"
generator="$dir/generate_corpus"
if [ ! -x "$generator" ] || [ "$root/bench/generate_corpus.cpp" -nt "$generator" ]; then
  "${CXX:-g++}" -O2 -std=c++20 -o "$generator" "$root/bench/generate_corpus.cpp"
fi

printf '%-10s %14s %12s %10s %12s\n' "size" "input bytes" "peak RSS" "wall" "replies"
for mb in $sizes; do
  corpus="$dir/corpus-$mb"
  "$generator" --out "$corpus" --size-mb 1 --files 1 --stream-mb "$mb" --rules '' >/dev/null
  input="$corpus/stream.jsonl"
  bytes=$(stat -c %s "$input")
  /usr/bin/time -v -o "$dir/time-$mb.txt" "$bin" --format jsonl --fail-on never --no-progress \
    "${jobs[@]}" "$input" | tail -n 1 >"$dir/summary-$mb.json"
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time-$mb.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time-$mb.txt")
  replies=$(sed -E 's/.*"replies":([0-9]+).*/\1/' "$dir/summary-$mb.json")
  printf '%-10s %14s %9d MB %10s %12s\n' "${mb} MiB" "$bytes" $((rss_kb / 1024)) "$wall" "$replies"
  [ "$keep" = 1 ] || rm -rf "$corpus"
done
