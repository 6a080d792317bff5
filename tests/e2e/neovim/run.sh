#!/usr/bin/env bash
# Neovim headless against the real server on a draft with seed 000's
# mistakes (the seed itself when ../shared is beside the clone).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
server="${LSP_CMD:-$root/target/release/resolution-ls}"
draft="$root/../shared/seeds/000_64240273032ad6eb.txt"
if [ ! -f "$draft" ]; then
  echo "neovim e2e: ../shared/seeds not found; using tests/fixtures/seed-like-000.txt"
  draft="$root/tests/fixtures/seed-like-000.txt"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat "$draft" > "$work/draft.txt"
cd "$work"
LSP_CMD="$server" timeout 120 nvim --headless --clean -c "luafile $here/e2e.lua" draft.txt
