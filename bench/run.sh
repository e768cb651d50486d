#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The replylint benchmark: one command, results in bench/out/results.md (and, with --update-docs,
# in docs/performance.md between the bench markers). Method and reading guide: docs/performance.md.
#
#   bench/run.sh [--size-mb 100] [--slice-mb 10] [--repeats 3] [--build-dir DIR] [--no-build]
#                [--out DIR] [--quick] [--update-docs]
#
# Installs nothing. Needs bash, awk, cmake + a C++20 compiler (unless --no-build); rows whose tool
# is missing are skipped and say so (Debian: apt-get install ripgrep hyperfine time).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=100
slice_mb=10
repeats=3
build_dir="$root/build-bench"
build=1
out="$root/bench/out"
update_docs=0
seed=1

usage() { sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --size-mb) size_mb=$2; shift 2 ;;
    --slice-mb) slice_mb=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --out) out=$2; shift 2 ;;
    --quick) size_mb=10; slice_mb=5; repeats=3; shift ;;
    --update-docs) update_docs=1; shift ;;
    -h|--help) usage ;;
    *) echo "run.sh: unknown option $1" >&2; usage ;;
  esac
done
[ "$slice_mb" -le "$size_mb" ] || slice_mb=$size_mb

say() { printf '%s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

# ---- tools --------------------------------------------------------------------------------------
missing=()
have rg || missing+=("ripgrep (rg): the ripgrep baseline rows")
have hyperfine || missing+=("hyperfine: the short-reply row")
[ -x /usr/bin/time ] || missing+=("time (/usr/bin/time): peak RSS columns")
pcre=0; status=0; grep -P '' /dev/null 2>/dev/null || status=$?
if [ "$status" -le 1 ]; then pcre=1; else missing+=("GNU grep with -P: the grep baseline row"); fi
for m in "${missing[@]}"; do say "run.sh: missing $m are skipped"; done

# ---- build ----------------------------------------------------------------------------------------
if [ "$build" = 1 ]; then
  generator=Ninja; have ninja || generator="Unix Makefiles"
  say "run.sh: building Release in $build_dir"
  cmake -S "$root" -B "$build_dir" -G "$generator" -DCMAKE_BUILD_TYPE=Release \
    -DREPLYLINT_BUILD_BENCH=ON -DREPLYLINT_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build_dir" --target replylint generate_corpus >/dev/null
fi
replylint="$build_dir/replylint"
gen="$build_dir/bench/generate_corpus"
[ -x "$replylint" ] && [ -x "$gen" ] || { say "run.sh: no binaries in $build_dir"; exit 2; }

# ---- corpus (cached; regenerated when the generator or the size changes) ------------------------
corpus="$out/corpus-${size_mb}mb-seed$seed"
if [ ! -f "$corpus/MANIFEST" ] || [ "$gen" -nt "$corpus/MANIFEST" ]; then
  say "run.sh: generating $size_mb MB corpus in $corpus"
  rm -rf "$corpus"
  "$gen" --out "$corpus" --size-mb "$size_mb" --files 10000 --seed "$seed" --rules 1000,5000
fi
manifest() { awk -v k="$1" '$1 == k { print $2 }' "$corpus/MANIFEST"; }
big="$corpus/big.txt"
big_bytes=$(wc -c < "$big")
big_replies=$(manifest big_replies)
scratch="$out/scratch"
mkdir -p "$scratch"
# The slice: the first slice_mb of the big file, cut at a reply boundary.
slice="$corpus/slice.txt"
if [ ! -f "$slice" ] || [ "$big" -nt "$slice" ]; then
  awk -v limit=$((slice_mb << 20)) 'BEGIN { RS = ""; ORS = "\n\n" } { n += length($0) + 2; if (n > limit) exit; print }' "$big" > "$slice"
fi
slice_bytes=$(wc -c < "$slice")
slice_replies=$(awk 'BEGIN { RS = "" } END { print NR }' "$slice")
stream="$corpus/stream.jsonl"
stream_bytes=$(wc -c < "$stream")
stream_agent=$(manifest stream_agent_turns)
stream_small="$corpus/stream-tenth.jsonl"
head -n $(( $(wc -l < "$stream") / 10 )) "$stream" > "$stream_small"
stream_small_bytes=$(wc -c < "$stream_small")
stream_small_agent=$(grep -c '"role":"agent"' "$stream_small" || true)
files_bytes=$(cat "$corpus"/files/*.txt | wc -c)

# ---- patterns for the baselines --------------------------------------------------------------------
"$root/bench/export_patterns.sh" "$replylint" "$corpus/patterns"
pattern_count=$(wc -l < "$corpus/patterns/patterns.txt")
pcre_passes=$(ls "$corpus"/patterns/patterns-pcre.[0-9]* | wc -l)
export LC_ALL=C.UTF-8  # what a user's shell has: UTF-8 aware grep and rg

# ---- measuring ------------------------------------------------------------------------------------
# run_once ID CMD...: one run of CMD (stdout to a scratch file, so GNU grep cannot take its
# /dev/null shortcut); appends "ID wall cpu rss" to $runs, or "ID failed" when CMD exits above 1.
runs="$scratch/runs.tsv"
: > "$runs"
run_once() {
  local id=$1; shift
  local TIMEFORMAT='%3R %3U %3S' status=0 t user sys m
  if [ -x /usr/bin/time ]; then
    { time /usr/bin/time -f '%M' -o "$scratch/rss" "$@" > "$scratch/stdout" 2> "$scratch/stderr"; } 2> "$scratch/time" || status=$?
  else
    { time "$@" > "$scratch/stdout" 2> "$scratch/stderr"; } 2> "$scratch/time" || status=$?
    echo 0 > "$scratch/rss"
  fi
  if [ "$status" -gt 1 ]; then
    say "run.sh: $id failed (exit $status):"; tail -3 "$scratch/stderr" >&2
    printf '%s\tfailed\n' "$id" >> "$runs"
    return 0
  fi
  read -r t user sys < "$scratch/time"
  m=$(tail -1 "$scratch/rss")
  printf '%s\t%s\t%s\t%s\n' "$id" "$t" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')" "$m" >> "$runs"
}
# summarize ID BYTES REPLIES: median wall, median CPU (user+sys) and max RSS of ID's runs.
summarize() {
  local id=$1 bytes=$2 replies=$3
  if awk -v id="$id" '$1 == id && $2 == "failed" { f = 1 } END { exit !f }' "$runs"; then
    printf '%s\tfailed\t\t\t%s\t%s\n' "$id" "$bytes" "$replies" >> "$results"
    return 0
  fi
  local walls cpus rss
  walls=$(awk -v id="$id" '$1 == id { print $2 }' "$runs")
  cpus=$(awk -v id="$id" '$1 == id { print $3 }' "$runs")
  rss=$(awk -v id="$id" '$1 == id && $4 > m { m = $4 } END { print m + 0 }' "$runs")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$(median $walls)" "$(median $cpus)" "$rss" \
    "$bytes" "$replies" >> "$results"
}
# measure ID BYTES REPLIES CMD...: runs CMD `repeats` times and records the medians.
results="$scratch/results.tsv"
: > "$results"
measure() {
  local id=$1 bytes=$2 replies=$3 r; shift 3
  say "run.sh: $id ($repeats runs): $*"
  for ((r = 0; r < repeats; r++)); do run_once "$id" "$@"; done
  summarize "$id" "$bytes" "$replies"
}
# measure_pair N ID1 ID2 BYTES REPLIES CMD1... -- CMD2...: the two commands N times each,
# alternating, so a machine that speeds up or slows down during the run moves both rows alike
# (for rows compared with each other and short enough for noise to swing their ratio).
measure_pair() {
  local n=$1 id1=$2 id2=$3 bytes=$4 replies=$5 r; shift 5
  local first=() second=()
  while [ "$1" != "--" ]; do first+=("$1"); shift; done
  shift
  second=("$@")
  say "run.sh: $id1 / $id2 ($n runs each, alternating)"
  for ((r = 0; r < n; r++)); do
    run_once "$id1" "${first[@]}"
    run_once "$id2" "${second[@]}"
  done
  summarize "$id1" "$bytes" "$replies"
  summarize "$id2" "$bytes" "$replies"
}
# The two thread rows take a third of a second each: at least 11 alternating runs, so their
# ratio is the rows' and not the moment's.
pair_repeats=$((repeats > 11 ? repeats : 11))
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# What this replylint supports, read once: `replylint --help | grep -q` would fail under pipefail
# whenever grep exits before replylint has written all of its help (SIGPIPE).
help_text=$("$replylint" --help)
supports() { grep -q -- "$1" <<<"$help_text"; }
lint_base=("$replylint" --fail-on never --color never)
# The throughput rows are single-threaded (the issue's targets compare one core with grep and
# ripgrep, which search one file on one thread); rl.jsonl.jobsN shows what all cores add.
lint=("${lint_base[@]}")
supports --jobs && lint+=(--jobs 1)
started=$(date -u +%Y-%m-%dT%H:%MZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

measure io.cat "$big_bytes" "$big_replies" cat "$big"
if have rg; then
  measure rg.big "$big_bytes" "$big_replies" rg -i -o -f "$corpus/patterns/patterns-rg.txt" "$big"
fi
measure rl.jsonl "$big_bytes" "$big_replies" "${lint[@]}" --unit paragraph -f jsonl "$big"
if supports --jobs; then
  measure rl.jsonl.jobsN "$big_bytes" "$big_replies" "${lint_base[@]}" --jobs "$(nproc)" \
    --unit paragraph -f jsonl "$big"
fi
measure rl.human "$big_bytes" "$big_replies" "${lint[@]}" --unit paragraph -f human "$big"
measure rl.rules1000 "$big_bytes" "$big_replies" "${lint[@]}" --unit paragraph -f jsonl \
  --no-default-rules --rules "$corpus/rules-1000.json" "$big"
measure rl.rules5000 "$big_bytes" "$big_replies" "${lint[@]}" --unit paragraph -f jsonl \
  --no-default-rules --rules "$corpus/rules-5000.json" "$big"

# Slice rows: GNU grep -P is an order of magnitude slower, and the json printer holds the whole
# run's document in memory, so they run on the first slice_mb; rg and jsonl repeat there so every
# ratio compares the same bytes.
if [ "$pcre" = 1 ]; then
  measure grep.slice "$slice_bytes" "$slice_replies" sh -c \
    'f=$1; shift; for p do grep -P -i -o -f "$p" "$f" || [ $? -eq 1 ]; done' grep "$slice" \
    "$corpus"/patterns/patterns-pcre.[0-9]*
fi
if have rg; then
  measure rg.slice "$slice_bytes" "$slice_replies" rg -i -o -f "$corpus/patterns/patterns-rg.txt" "$slice"
fi
measure rl.jsonl.slice "$slice_bytes" "$slice_replies" "${lint[@]}" --unit paragraph -f jsonl "$slice"
measure rl.json.slice "$slice_bytes" "$slice_replies" "${lint[@]}" --unit paragraph -f json "$slice"

# Threads on the many-files corpus.
if supports --jobs; then
  measure_pair "$pair_repeats" files.jobs1 files.jobsN "$files_bytes" 10000 \
    "${lint_base[@]}" -f jsonl --jobs 1 "$corpus/files" -- \
    "${lint_base[@]}" -f jsonl --jobs "$(nproc)" "$corpus/files"
else
  say "run.sh: replylint has no --jobs yet: measuring the files corpus single-threaded"
  measure files.nojobs "$files_bytes" 10000 "${lint[@]}" -f jsonl "$corpus/files"
fi

# The JSON Lines stream at full size and at a tenth: peak RSS should not grow with the input.
if supports --input; then
  measure stream.full "$stream_bytes" "$stream_agent" "${lint[@]}" --input jsonl -f jsonl "$stream"
  measure stream.tenth "$stream_small_bytes" "$stream_small_agent" "${lint[@]}" --input jsonl -f jsonl "$stream_small"
else
  say "run.sh: replylint has no --input jsonl yet: stream rows skipped"
fi

# One short reply, process start included.
short_ms=""
if have hyperfine; then
  say "run.sh: short reply (hyperfine)"
  hyperfine -N --warmup 3 --runs 30 --export-csv "$scratch/short.csv" \
    "$replylint --fail-on never --color never $corpus/short.txt" > "$scratch/short.txt" 2>&1 || true
  short_ms=$(awk -F, 'NR == 2 { printf "%.1f;%.1f;%.1f", $4 * 1000, $2 * 1000, $5 * 1000 + $6 * 1000 }' "$scratch/short.csv")
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- report ---------------------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
report="$out/results.md"
{
  echo "Run $started on $(nproc) cores ($cpu_model); load average before: $load_before, after: $load_after."
  mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
  echo "Corpus: seed $seed, big file $(mib "$big_bytes") / $big_replies replies; slice $(mib "$slice_bytes") / $slice_replies replies;"
  echo "10,000 files $(mib "$files_bytes"); stream $(mib "$stream_bytes") / $stream_agent agent turns. Median of $repeats runs; the two 10,000-file rows: $pair_repeats runs each, alternating."
  echo "Default packs: $pattern_count patterns; grep -P needs $pcre_passes passes (see bench/export_patterns.sh)."
  echo "Tools: $("$replylint" --version), $(rg --version 2>/dev/null | head -1), $(grep --version | head -1), $(hyperfine --version 2>/dev/null)."
  echo
  awk -F'\t' -v short="$short_ms" '
    BEGIN {
      name["io.cat"] = "cat big > /dev/null (I/O floor)"
      name["rg.big"] = "rg -i -o -f patterns-rg (big)"
      name["rl.jsonl"] = "replylint -f jsonl, 1 thread (big)"
      name["rl.jsonl.jobsN"] = "replylint -f jsonl, all cores (big)"
      name["rl.human"] = "replylint -f human (big)"
      name["rl.rules1000"] = "replylint, 1,000 generated rules, jsonl (big)"
      name["rl.rules5000"] = "replylint, 5,000 generated rules, jsonl (big)"
      name["grep.slice"] = "grep -P -i -o, all passes (slice)"
      name["rg.slice"] = "rg -i -o -f patterns-rg (slice)"
      name["rl.jsonl.slice"] = "replylint -f jsonl (slice)"
      name["rl.json.slice"] = "replylint -f json (slice)"
      name["files.jobs1"] = "10,000 files, --jobs 1"
      name["files.jobsN"] = "10,000 files, --jobs all cores"
      name["files.nojobs"] = "10,000 files (no --jobs option yet: 1 thread)"
      name["stream.full"] = "stream.jsonl, --input jsonl -f jsonl (full)"
      name["stream.tenth"] = "stream.jsonl, --input jsonl -f jsonl (first tenth)"
    }
    function label(i) { return (i in name) ? name[i] : i }
    { id[NR] = $1; wall[$1] = $2; cpu[$1] = $3; rss[$1] = $4; bytes[$1] = $5; replies[$1] = $6; n = NR }
    function mbs(i, t) { return (t > 0) ? bytes[i] / 1048576 / t : 0 }
    END {
      print "| row | wall s | CPU s | MB/s (wall) | MB/s (CPU) | replies/s (CPU) | peak RSS MB |"
      print "|---|---:|---:|---:|---:|---:|---:|"
      for (k = 1; k <= n; k++) {
        i = id[k]
        if (wall[i] == "failed") { printf "| %s | failed | | | | | |\n", label(i); continue }
        printf "| %s | %.2f | %.2f | %.1f | %.1f | %s | %.0f |\n", label(i), wall[i], cpu[i],
               mbs(i, wall[i]), mbs(i, cpu[i]),
               (i ~ /^(io|rg|grep)/ || cpu[i] == 0) ? "" : sprintf("%.0f", replies[i] / cpu[i]),
               rss[i] / 1024
      }
      split(short, s, ";")
      if (short != "") printf "| one short reply, process start included (hyperfine, 30 runs) | %.1f ms median (mean %.1f) | %.1f ms | | | | |\n", s[1], s[2], s[3]
      print ""
      print "Ratios (CPU time, same bytes, same run; wall-clock ratios in brackets):"
      print ""
      print "| target | measured | verdict |"
      print "|---|---|---|"
      if (("grep.slice" in cpu) && ("rl.jsonl.slice" in cpu))
        ratio("replylint jsonl >= 1x GNU grep -P", cpu["grep.slice"] / cpu["rl.jsonl.slice"], wall["grep.slice"] / wall["rl.jsonl.slice"], 1)
      if (("grep.slice" in cpu) && ("rl.json.slice" in cpu))
        ratio("replylint json (DOM printer) >= 1x GNU grep -P", cpu["grep.slice"] / cpu["rl.json.slice"], wall["grep.slice"] / wall["rl.json.slice"], 1)
      if (("rg.slice" in cpu) && ("rl.jsonl.slice" in cpu))
        ratio("replylint jsonl >= 0.5x ripgrep", cpu["rg.slice"] / cpu["rl.jsonl.slice"], wall["rg.slice"] / wall["rl.jsonl.slice"], 0.5)
      if (("rg.big" in cpu) && ("rl.jsonl" in cpu))
        ratio("replylint jsonl >= 0.5x ripgrep (big file)", cpu["rg.big"] / cpu["rl.jsonl"], wall["rg.big"] / wall["rl.jsonl"], 0.5)
      if (("rl.rules1000" in cpu) && ("rl.jsonl" in cpu) && wall["rl.rules1000"] != "failed")
        ratio("1,000 rules >= 0.5x default packs", cpu["rl.jsonl"] / cpu["rl.rules1000"], wall["rl.jsonl"] / wall["rl.rules1000"], 0.5)
      if ("rl.rules5000" in cpu) {
        if (wall["rl.rules5000"] == "failed") printf "| 5,000 rules still run | failed | **missed** |\n"
        else printf "| 5,000 rules still run | %.2f s CPU | met |\n", cpu["rl.rules5000"]
      }
      if (("files.jobs1" in wall) && ("files.jobsN" in wall)) {
        x = wall["files.jobs1"] / wall["files.jobsN"]
        printf "| all cores >= 1.7x one thread (wall) | %.2fx | %s |\n", x, verdict(x >= 1.7)
      } else print "| all cores >= 1.7x one thread | not measurable: no --jobs option yet | open |"
      if (short != "") printf "| one short reply < 5 ms | %.1f ms (median wall) | %s |\n", s[1], verdict(s[1] < 5)
      if (("stream.full" in rss) && ("stream.tenth" in rss) && rss["stream.tenth"] > 0) {
        x = rss["stream.full"] / rss["stream.tenth"]
        printf "| peak RSS flat in input size (stream) | %.0f MB at 1/10, %.0f MB at full: %.1fx for %.1fx the input | %s |\n",
          rss["stream.tenth"] / 1024, rss["stream.full"] / 1024, x, bytes["stream.full"] / bytes["stream.tenth"], verdict(x < 1.5)
      }
    }
    function verdict(ok) { return ok ? "met" : "**missed**" }
    function ratio(what, c, w, goal) {
      printf "| %s | %.2fx (%.2fx) | %s |\n", what, c, w, verdict(c >= goal)
    }' "$results"
} > "$report"
cat "$report"

if [ "$update_docs" = 1 ]; then
  doc="$root/docs/performance.md"
  if grep -q '<!-- bench:begin -->' "$doc" 2>/dev/null; then
    awk -v report="$report" '
      /<!-- bench:begin -->/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
      /<!-- bench:end -->/ { skip = 0 }
      !skip' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
    say "run.sh: updated $doc"
  else
    say "run.sh: $doc has no <!-- bench:begin --> marker; not updated"
  fi
fi
