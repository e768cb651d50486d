#!/bin/sh
# SPDX-License-Identifier: MIT
# Exports the match patterns of the loaded rule packs for the grep / ripgrep baselines.
#
#   bench/export_patterns.sh REPLYLINT OUT_DIR [rule options …]
#
# e.g. bench/export_patterns.sh build/replylint /tmp/p --no-default-rules --rules my.json
#
# writes OUT_DIR/
#   patterns.txt        every pattern as RE2 reads it, one per line (`replylint rules --patterns`)
#   patterns-rg.txt     for `rg -i -o -f`: `\b` -> `(?-u:\b)`, and `\n` (which a line-oriented
#                       search never sees) dropped from classes / turned into `$`
#   patterns-pcre.NN    for `grep -P -i -o -f`: GNU grep 3.8 takes only ONE Perl pattern and PCRE2
#                       caps a compiled pattern at 64 KiB, so the patterns are joined into as few
#                       `(?:a)|(?:b)|…` alternations as compile; grep runs once per file
# POSIX sh + awk only.
set -eu
replylint=$1
out=$2
shift 2
mkdir -p "$out"
"$replylint" rules --patterns "$@" > "$out/patterns.txt"

# rewrite MODE: MODE=rg also rewrites \b; both rewrite \n for line-oriented matching.
rewrite() {
  awk -v mode="$1" '
  {
    s = $0; n = length(s); out = ""; in_class = 0; class = ""; members = 0
    for (i = 1; i <= n; i++) {
      c = substr(s, i, 1)
      if (c == "\\" && i < n) {
        d = substr(s, i + 1, 1); i++
        if (in_class) { members++; if (d != "n") class = class c d; continue }
        if (d == "b" && mode == "rg") out = out "(?-u:\\b)"
        else if (d == "n") out = out "$"
        else out = out c d
        continue
      }
      if (in_class) {
        # "]" first in the class is a literal member, not its end
        if (c == "]" && members > 0) {
          if (class == "[^") out = out "."; else out = out class "]"
          in_class = 0; class = ""
        } else if (c == "^" && class == "[" && members == 0) class = "[^"
        else { class = class c; members++ }
        continue
      }
      if (c == "[") { in_class = 1; class = "["; members = 0; continue }
      out = out c
    }
    print out
  }'
}

rewrite rg < "$out/patterns.txt" > "$out/patterns-rg.txt"

# Join into alternations of at most `limit` bytes; halve the limit until every chunk compiles.
rm -f "$out"/patterns-pcre.*
rewrite pcre < "$out/patterns.txt" > "$out/patterns-pcre.all"
limit=65536
while :; do
  rm -f "$out"/patterns-pcre.[0-9]*
  awk -v limit="$limit" -v prefix="$out/patterns-pcre." '
    function flush() { if (buf != "") { printf "%s\n", buf > (prefix sprintf("%02d", k)); close(prefix sprintf("%02d", k)); k++ } buf = "" }
    BEGIN { k = 0; buf = "" }
    {
      item = "(?:" $0 ")"
      if (buf != "" && length(buf) + 1 + length(item) > limit) flush()
      buf = (buf == "" ? item : buf "|" item)
    }
    END { flush() }' "$out/patterns-pcre.all"
  ok=1
  for f in "$out"/patterns-pcre.[0-9]*; do
    status=0
    grep -P -i -f "$f" /dev/null 2>/dev/null || status=$?
    if [ "$status" -gt 1 ]; then ok=0; break; fi
  done
  [ "$ok" = 1 ] && break
  if [ "$limit" -lt 512 ]; then
    echo "export_patterns: a single pattern does not compile with grep -P" >&2
    exit 2
  fi
  limit=$((limit / 2))
done
rm -f "$out/patterns-pcre.all"
