#!/usr/bin/env bash
# End-to-end tests of the language server with clients nobody here wrote:
#  - Neovim headless (Debian's neovim 0.7, or newer): diagnostics, hover on a
#    citation, outline, completion, the reletter code action, shutdown — on a
#    Chinese draft (seed 000, or tests/fixtures/seed-like-000.txt without
#    ../shared) and an English one (tests/fixtures/lsp-en.res);
#  - VS Code's protocol library from Node (tests/e2e/node): lifecycle
#    (shutdown with and without params, exit ends the process with stdin
#    open, exit status), diagnostics, hover, incremental edits, a quick fix.
# Builds the release binary (cargo decides whether anything changed) unless
# LSP_CMD names a server. Needs cargo, nvim, node 18+ and npm; installs
# neovim with apt-get when it is missing and this user may (root or sudo).
# Prints "N passed, M failed" last; exits 1 on any failure.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
E2E_NAME="e2e clients"
source "$here/lib.sh"
root="$e2e_root"
passed=0 failed=0
tally() { # counts the "ok"/"FAIL" lines of one client's output
  local out="$1" status="$2" ok bad
  ok=$(grep -c '^ok ' <<<"$out")
  bad=$(grep -c '^FAIL' <<<"$out")
  # A client that died without saying why still failed.
  if [ "$status" != 0 ] && [ "$bad" = 0 ]; then bad=1; fi
  passed=$((passed + ok)) failed=$((failed + bad))
}

LSP_CMD="$(server_binary)" || { echo "0 passed, 1 failed"; exit 1; }
export LSP_CMD
command -v nvim >/dev/null || apt_install neovim
if command -v nvim >/dev/null; then
  out="$("$here/neovim/run.sh" 2>&1)"; status=$?
  echo "$out"
  tally "$out" "$status"
else
  echo "FAIL neovim: nvim is not installed and could not be installed"
  failed=$((failed + 1))
fi

echo "# node: vscode-languageserver-protocol"
if (cd "$here/node" && npm ci --no-audit --no-fund --silent); then
  out="$(node "$here/node/client.mjs" 2>&1)"; status=$?
  echo "$out" | grep -v ' passed, .* failed$'
  tally "$out" "$status"
else
  echo "FAIL node: npm ci failed in tests/e2e/node (node 18+ and npm needed)"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
