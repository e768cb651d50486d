#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Load-independent figures for before/after comparisons of engine changes: instructions counted
# by callgrind (deterministic; this VM has no hardware counters for `perf stat`), for one
# replylint binary, on slices of a generated corpus. Wall time on a shared 2-core machine varies
# by ±15% between identical runs; these counts repeat to within a fraction of a percent.
#
#   bench/instructions.sh REPLYLINT CORPUS_DIR [LABEL]     (CORPUS_DIR from bench/generate_corpus)
#
# Prints one row per input, in millions of instructions:
#   short        one short reply, process start to exit (start-up: rules loaded and compiled)
#   1mib, 2mib   the first 1 and 2 MiB of big.txt, --unit paragraph -f jsonl (the whole job);
#                2mib - 1mib is the cost of one more MiB once every DFA is warm
#   rules1000.*  the same with --no-default-rules --rules rules-1000.json (short and 1mib)
# plus, for the 2 MiB run, the inclusive share of Matcher::Matcher, Linter::lint, Matcher::match,
# RE2::Set::Match, RE2::Match and the jsonl printer. Takes a few minutes (callgrind is ~50x).
set -euo pipefail
replylint=$(realpath "$1")
corpus=$2
label=${3:-$(basename "$replylint")}
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for mib in 1 2; do
  awk -v limit=$((mib << 20)) 'BEGIN { RS = ""; ORS = "\n\n" } { n += length($0) + 2; if (n > limit) exit; print }' \
    "$corpus/big.txt" > "$work/${mib}mib.txt"
done
lint=("$replylint" --fail-on never --color never)
count() {  # count NAME CMD...: total instructions, in millions; keeps the profile as NAME.cg
  local name=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$work/$name.cg" "$@" > /dev/null 2> "$work/$name.log" || true
  awk '/refs:/ { gsub(",", "", $NF); printf "%.0f", $NF / 1e6 }' "$work/$name.log"
}
printf '%s\tshort\t%s\n' "$label" "$(count short "${lint[@]}" "$corpus/short.txt")"
for mib in 1 2; do
  printf '%s\t%smib\t%s\n' "$label" "$mib" \
    "$(count "${mib}mib" "${lint[@]}" --unit paragraph -f jsonl -o "$work/out.jsonl" "$work/${mib}mib.txt")"
done
rules=(--no-default-rules --rules "$corpus/rules-1000.json")
printf '%s\trules1000.short\t%s\n' "$label" "$(count r1000s "${lint[@]}" "${rules[@]}" "$corpus/short.txt")"
printf '%s\trules1000.1mib\t%s\n' "$label" \
  "$(count r1000m "${lint[@]}" "${rules[@]}" --unit paragraph -f jsonl -o "$work/out.jsonl" "$work/1mib.txt")"
# Where the 2 MiB run's instructions go (inclusive, millions).
callgrind_annotate --inclusive=yes "$work/2mib.cg" 2>/dev/null | awk -v label="$label" '
  function m(x) { gsub(",", "", x); return sprintf("%.0f", x / 1e6) }
  /replylint::Matcher::Matcher\(/ && !a++ { printf "%s\t2mib.Matcher::Matcher\t%s\n", label, m($1) }
  /replylint::Linter::lint\(/ && !b++ { printf "%s\t2mib.Linter::lint\t%s\n", label, m($1) }
  /replylint::Matcher::match\(/ && !c++ { printf "%s\t2mib.Matcher::match\t%s\n", label, m($1) }
  /re2::RE2::Set::Match\(/ && !d++ { printf "%s\t2mib.RE2::Set::Match\t%s\n", label, m($1) }
  /re2::RE2::Match\(/ && !e++ { printf "%s\t2mib.RE2::Match\t%s\n", label, m($1) }
  /JsonlPrinter::file\(/ && !f++ { printf "%s\t2mib.jsonl printer\t%s\n", label, m($1) }'
