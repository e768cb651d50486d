#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A real editor as the client: headless Neovim attaches `replylint lsp` through the shipped
# example config, edits a buffer and checks the diagnostics it received; then the Vim ALE
# example's handler runs on real `replylint --format json` output, and the VS Code, Helix and
# Emacs examples' command lines start a working server. Usage: run.sh REPLYLINT_BIN
# Exits 77 (skipped) when nvim is not installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
examples="$(cd "$here/../../examples/editors" && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim not found: skipping (apt-get install neovim)"
  exit 77
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export REPLYLINT_BIN="$bin" REPLYLINT_RULES="$here/rules.json" REPLYLINT_EXAMPLES="$examples"
export REPLYLINT_WORK="$work" REPLYLINT_ALE_STUB="$here/ale_stub"
# Neovim state (shada, swap, logs) stays in the temporary folder.
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_CONFIG_HOME="$work/config"

status=0
for script in lsp_client_test.lua ale_test.lua examples_test.lua; do
  echo "== $script"
  # --clean: no user config, but the default filetype detection the example relies on.
  timeout 60 nvim --headless --clean -n -c "luafile $here/$script" </dev/null || status=1
done
exit $status
