#!/usr/bin/env bash
# End-to-end tests with clients nobody here wrote: Neovim headless, Emacs
# eglot, real VS Code (code-server driven through Chromium) with the built
# extension, VS Code's protocol library from Node (lifecycle), LibreOffice
# on a Word document fixed with tracked changes; then the
# syntax checks of the Zed/Helix/Neovim configurations. Each runner installs
# what it needs when missing. Prints a closing "N passed, M failed" line;
# exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
E2E_NAME=e2e
source tests/e2e/lib.sh
# Built once here; every runner below uses it through LSP_CMD.
LSP_CMD="$(server_binary)" || { echo "e2e: 0 passed, 1 failed"; exit 1; }
export LSP_CMD
passed=0 failed=0
run() {
  local name="$1"; shift
  echo "--- $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
run "language server: neovim headless and node vscode-languageserver-protocol (tests/e2e/run.sh)" tests/e2e/run.sh
run "emacs eglot (batch): diagnostics, hover, code action, command" tests/e2e/emacs/run.sh
run "VS Code (code-server + Chromium): install the .vsix, squiggles, hover, reletter" tests/e2e/vscode/run.sh
run "Word documents: check --fix, then LibreOffice headless opens the copy, accepts and rejects its tracked changes" tests/e2e/word/run.sh
run "editor configs (Zed, Helix, Neovim queries) parse and compile" editors/check-configs.sh
echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
