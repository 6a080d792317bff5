#!/usr/bin/env bash
# Neovim headless against the real server: the Chinese case on seed 000
# (or, without ../shared beside the clone, tests/fixtures/seed-like-000.txt,
# which has the same mistakes), the English case on tests/fixtures/lsp-en.res.
# Needs nvim (0.7+) and LSP_CMD (or a release build in target/).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
E2E_NAME="neovim e2e"
source "$here/../lib.sh"
root="$e2e_root"
server="$(server_binary)" || exit 1
zh="$root/../shared/seeds/000_64240273032ad6eb.txt"
[ -f "$zh" ] || zh="$root/tests/fixtures/seed-like-000.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for case in zh en; do
  if [ "$case" = zh ]; then draft="$zh"; name=draft.txt; else draft="$root/tests/fixtures/lsp-en.res"; name=draft.res; fi
  mkdir -p "$work/$case" && cat "$draft" > "$work/$case/$name"
  echo "# neovim $case: $(basename "$draft")"
  (cd "$work/$case" && LSP_CMD="$server" E2E_CASE="$case" timeout 120 \
    nvim --headless --clean -c "luafile $here/e2e.lua" "$name") || status=1
done
exit $status
