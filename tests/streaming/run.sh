#!/usr/bin/env bash
# Streaming and --jobs (docs/input-formats.md, "Large files"): a file linted in chunks gives
# byte for byte the output of the whole-file path, and --jobs 4 gives that of --jobs 1, in
# every format. REPLYLINT_STREAM_BLOCK forces tiny blocks so small fixtures are cut in many
# chunks (CRLF, multibyte characters, suppression regions and records across block edges).
# Usage: run.sh path/to/replylint
set -u
bin=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
export NO_COLOR=1
unset REPLYLINT_STREAM_BLOCK CI
failures=0

# --- fixtures ---------------------------------------------------------------------------------
mkdir -p corpus
{
  printf '\xEF\xBB\xBF{"id": "r-1", "text": "I\\u2019m sorry to hear about your trouble."}\r\n'
  printf '{"id": "r-2", "role": "customer", "text": "Calm down? As I already said, sorry to hear."}\r\n'
  printf '{"text": "We apologize for any inconvenience. Caf\xC3\xA9 \xE2\x80\x94 sorry to hear that."}\n'
  printf '{"text": "We apologize for any inconvenience."}\n'
  printf '{"id": "r-5", "text": "replylint-disable sympathy/* -- test region\\nI am sorry to hear that."}\n'
  for i in $(seq 6 40); do
    printf '{"id": "r-%d", "text": "Hi \xF0\x9F\x99\x82 I\x27m sorry to hear about the delay, as per our policy it ships in %d days. I can see how frustrating this is and I\x27ve refunded you today."}\n' "$i" "$i"
  done
  printf 'not json\n'
  printf '{"id": "r-last", "text": "Thanks for waiting. I\x27m sorry to hear that."}'
} >corpus/records.jsonl
{
  printf 'Chat export, ticket 1\r\n'
  printf '[09:58] Customer: My parcel is late. Calm down? sorry to hear.\r\n'
  for i in $(seq 1 25); do
    printf '[10:%02d] Agent: I\x27m sorry to hear about your trouble \xE2\x80\x94 case %d.\r\n' "$i" "$i"
    printf 'Note: we apologize for any inconvenience.\r\n'
    printf '[10:%02d] Customer: Thanks. Calm down.\r\n' "$i"
  done
  printf '# replylint-disable sympathy/sorry-to-hear -- region across chunks\n'
  printf '[11:00] Agent: I\x27m sorry to hear that.\n\n[11:01] Agent: Sorry to hear it again.\n'
  printf '# replylint-enable\n'
  printf '[11:02] Agent: I\x27m sorry to hear that, unsuppressed.\n'
} >corpus/chat.transcript
{
  for i in $(seq 1 30); do
    printf 'I\x27m sorry to hear about your trouble %d. Caf\xC3\xA9 \xE2\x80\x94 we apologize for any inconvenience.\n' "$i"
    [ $((i % 4)) = 0 ] && printf '\r\n'
  done
  printf '# replylint-disable-next-line sympathy/sorry-to-hear -- next line\n'
  printf 'Sorry to hear that.\n'
  # An unused region: its finding quotes file line numbers, which must not be a chunk's.
  printf '# replylint-disable dismissive/* -- nothing to hide\nThanks for waiting.\n\n'
  printf 'All good now.\n# replylint-enable\n'
} >corpus/lines.txt
# A JSON conversation export: an array cut before its elements (strings holding brackets, commas
# and escaped quotes; nested arrays; CRLF; multibyte text; turns with ids; a suppression region).
{
  printf '\xEF\xBB\xBF[\r\n'
  for i in $(seq 1 12); do
    printf '  {"id": "c-%d", "tags": [["a", "]"], [], {"x": "[,{"}], "messages": [\r\n' "$i"
    printf '    {"role": "user", "content": "Calm down? \\"sorry to hear\\" [%d], {ok}"},\r\n' "$i"
    printf '    {"role": "agent", "content": "I\x27m sorry to hear that \xE2\x80\x94 case %d, [done]. Caf\xC3\xA9."},\r\n' "$i"
    printf '    {"role": "agent", "id": "t-%d", "content": "We apologize for any inconvenience.\\nAs per our policy, calm down."}\r\n' "$i"
    # A suppression region from conversation 3 to 6: no chunk ends inside it.
    [ "$i" = 3 ] && printf '    ,{"role": "agent", "content": "<!-- replylint-disable sympathy/* -- region -->"}\r\n'
    [ "$i" = 6 ] && printf '    ,{"role": "agent", "content": "<!-- replylint-enable -->"}\r\n'
    [ "$i" = 12 ] && printf '  ]}\r\n' || printf '  ]},\r\n'
  done
  printf ']\r\n'
} >corpus/export.json
printf "I'm sorry to hear about your trouble.\n" >corpus/a.txt
printf "Calm down, that's our policy.\n" >corpus/b.txt
printf '# Macro\nWe apologize for any inconvenience.\n' >corpus/c.md

# run NAME ENV... -- ARGS... : stdout and exit code into NAME.out / NAME.code
run() {
  local name=$1
  shift
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  env "${envs[@]}" "$bin" "$@" >"$name.out" 2>"$name.err" </dev/null
  echo $? >"$name.code"
}

same() {
  local what=$1 a=$2 b=$3
  if cmp -s "$a.out" "$b.out" && cmp -s "$a.code" "$b.code"; then
    echo "ok   $what"
  else
    echo "FAIL $what"
    diff "$a.out" "$b.out" | head -10 | sed 's/^/     /'
    failures=$((failures + 1))
  fi
}

formats="human jsonl json gcc sarif junit checkstyle rdjson rdjsonl github html"

# --- a chunked stream equals the whole file ---------------------------------------------------
for format in $formats; do
  for input in "corpus/records.jsonl" "corpus/chat.transcript" "--unit line corpus/lines.txt" \
    "--unit paragraph corpus/lines.txt" "corpus/export.json"; do
    tag="$format.$(echo "$input" | tr -c 'a-z' _)"
    # shellcheck disable=SC2086
    run "whole.$tag" X=1 -- --format "$format" --jobs 1 $input
    # shellcheck disable=SC2086
    run "chunked.$tag" REPLYLINT_STREAM_BLOCK=48 -- --format "$format" --jobs 1 $input
    # shellcheck disable=SC2086
    run "chunked4.$tag" REPLYLINT_STREAM_BLOCK=48 -- --format "$format" --jobs 4 $input
    same "streamed = whole file: $format $input" "whole.$tag" "chunked.$tag"
    same "streamed --jobs 4 = --jobs 1: $format $input" "chunked.$tag" "chunked4.$tag"
  done
done

# stdin streams too (the Hadoop / parallel --pipe case).
run whole.stdin X=1 -- --format jsonl --input jsonl --jobs 1 corpus/records.jsonl
"$bin" --format jsonl --input jsonl --jobs 3 <corpus/records.jsonl 2>/dev/null |
  sed 's/"path":null/"path":"corpus\/records.jsonl"/' >stdin.out
if cmp -s <(grep -v '"type":"summary"' whole.stdin.out) <(grep -v '"type":"summary"' stdin.out); then
  echo "ok   stdin jsonl stream = file"
else
  echo "FAIL stdin jsonl stream = file"
  diff <(grep -v '"type":"summary"' whole.stdin.out) <(grep -v '"type":"summary"' stdin.out) | head -5
  failures=$((failures + 1))
fi

# JSON: a syntax error in one element. The whole-file path rejects the file with one error; a
# streamed file reports the same error (same place, same message) for the chunk that holds it
# and still lints the other chunks (docs/input-formats.md, "Large files").
sed '0,/"role": "agent", "id": "t-5"/s//"role": "agent" "id": "t-5"/' corpus/export.json \
  >bad.json
run bad.whole X=1 -- --format jsonl --jobs 1 bad.json
run bad.chunked REPLYLINT_STREAM_BLOCK=48 -- --format jsonl --jobs 1 bad.json
run bad.chunked4 REPLYLINT_STREAM_BLOCK=48 -- --format jsonl --jobs 4 bad.json
same "streamed --jobs 4 = --jobs 1: malformed json" bad.chunked bad.chunked4
error=$(grep 'malformed JSON' bad.whole.err)
if [ "$(echo "$error" | grep -c .)" = 1 ] && ! grep -q 'sorry-to-hear' bad.whole.out &&
  [ "$(grep 'malformed JSON' bad.chunked.err)" = "$error" ] &&
  [ "$(grep -o '"rule":"sympathy/sorry-to-hear"' bad.chunked.out | wc -l)" -ge 6 ]; then
  echo "ok   malformed json: same error, streamed chunks around it still linted"
else
  echo "FAIL malformed json: same error, streamed chunks around it still linted"
  head -3 bad.whole.err bad.chunked.err | sed 's/^/     /'
  failures=$((failures + 1))
fi
# A single conversation object is not streamed: it reads as the whole file does.
printf '{"messages": [{"role": "agent", "content": "Sorry to hear that."}]}\n' >one.json
run one.whole X=1 -- --format gcc --jobs 1 one.json
run one.chunked REPLYLINT_STREAM_BLOCK=8 -- --format gcc --jobs 1 one.json
same "single json object streamed = whole file" one.whole one.chunked

# --- --jobs 4 equals --jobs 1 on a folder of many files ----------------------------------------
for i in $(seq 1 12); do cp corpus/a.txt "corpus/copy$i.txt"; cp corpus/b.txt "corpus/more$i.txt"; done
for format in $formats; do
  run "j1.$format" X=1 -- --format "$format" --jobs 1 corpus
  run "j4.$format" X=1 -- --format "$format" --jobs 4 corpus
  same "--jobs 4 = --jobs 1 on a folder: $format" "j1.$format" "j4.$format"
  run "j4s.$format" REPLYLINT_STREAM_BLOCK=64 -- --format "$format" --jobs 4 corpus
  same "--jobs 4 streamed = --jobs 1 on a folder: $format" "j1.$format" "j4s.$format"
done

# --- --statistics: counted in input order on one thread, so the same for chunks and any --jobs --
for format in human json; do
  for input in "corpus/records.jsonl" "corpus/chat.transcript" "--unit line corpus/lines.txt" \
    "corpus/export.json" "corpus"; do
    tag="stats.$format.$(echo "$input" | tr -c 'a-z' _)"
    # shellcheck disable=SC2086
    run "whole.$tag" X=1 -- --statistics --format "$format" --jobs 1 $input
    # shellcheck disable=SC2086
    run "chunked4.$tag" REPLYLINT_STREAM_BLOCK=48 -- --statistics --format "$format" --jobs 4 $input
    same "--statistics streamed --jobs 4 = whole --jobs 1: $format $input" "whole.$tag" \
      "chunked4.$tag"
  done
done

# --- baselines: same fingerprints when streamed -------------------------------------------------
run bw1 X=1 -- --jobs 1 --write-baseline whole.baseline.json corpus/records.jsonl corpus/lines.txt
run bw2 REPLYLINT_STREAM_BLOCK=40 -- --jobs 2 --unit line --write-baseline chunked.baseline.json \
  corpus/records.jsonl corpus/lines.txt
run bw3 X=1 -- --jobs 1 --unit line --write-baseline whole-line.baseline.json \
  corpus/records.jsonl corpus/lines.txt
if cmp -s whole-line.baseline.json chunked.baseline.json; then
  echo "ok   baseline written from chunks = whole file"
else
  echo "FAIL baseline written from chunks = whole file"
  diff whole-line.baseline.json chunked.baseline.json | head -10
  failures=$((failures + 1))
fi
run bf1 X=1 -- --jobs 1 --unit line --baseline whole-line.baseline.json --format jsonl \
  corpus/records.jsonl corpus/lines.txt
run bf2 REPLYLINT_STREAM_BLOCK=40 -- --jobs 4 --unit line --baseline whole-line.baseline.json \
  --format jsonl corpus/records.jsonl corpus/lines.txt
same "--baseline filters streamed files alike" bf1 bf2
if grep -q '"baselined":[1-9]' bf2.out || grep -q '"baselined"' bf2.out; then :; fi

# --- progress: never in a pipe, forced with --progress ------------------------------------------
"$bin" --jobs 2 corpus >/dev/null 2>progress.err
if grep -q $'\r' progress.err; then
  echo "FAIL no progress line in a pipe"
  failures=$((failures + 1))
else
  echo "ok   no progress line in a pipe"
fi

# --- stdin: each chunk's output is flushed while the stream is still open -----------------------
# (docs/output-formats.md, jsonl). --jobs 1, where nothing else flushes (no waits on workers), and
# rdjsonl, whose one finding is far less than a stdout buffer. The first chunk is read once 8 KiB
# have arrived (binary sniffing), so 300 more records follow the one with a finding.
mkfifo live.in
REPLYLINT_STREAM_BLOCK=64 "$bin" --jobs 1 --input jsonl --format rdjsonl --fail-on never - \
  <live.in >live.out 2>live.err &
live=$!
exec 3>live.in
printf '{"id": "live-0", "text": "Sorry to hear that."}\n' >&3
for i in $(seq 1 300); do
  printf '{"id": "live-%d", "text": "Your order ships today, case %d."}\n' "$i" "$i" >&3
done
for _ in $(seq 1 100); do  # up to 10 s, stdin still open
  grep -q 'sorry-to-hear' live.out && break
  sleep 0.1
done
if grep -q 'sorry-to-hear' live.out; then
  echo "ok   stdin chunks are flushed before the input ends"
else
  echo "FAIL stdin chunks are flushed before the input ends"
  failures=$((failures + 1))
fi
exec 3>&-
wait "$live"

echo "$failures failure(s)"
[ "$failures" = 0 ]
