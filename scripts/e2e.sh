#!/usr/bin/env bash
# End-to-end tests with clients nobody here wrote: Neovim headless, Emacs
# eglot, real VS Code (code-server driven through Chromium) with the built
# extension, and VS Code's protocol library from Node (lifecycle); then the
# syntax checks of the Zed/Helix/Neovim configurations. Each runner installs
# what it needs when missing. Prints a closing "N passed, M failed" line;
# exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v nvim >/dev/null; then
  echo "installing neovim (Debian)"
  sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
fi
cargo build --release --quiet --bin resolution-ls || exit 1
export LSP_CMD="$root/target/release/resolution-ls"
passed=0 failed=0
run() {
  local name="$1"; shift
  echo "--- $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
run "language server: neovim headless and node vscode-languageserver-protocol (tests/e2e/run.sh)" tests/e2e/run.sh
run "emacs eglot (batch): diagnostics, hover, code action, command" tests/e2e/emacs/run.sh
run "VS Code (code-server + Chromium): install the .vsix, squiggles, hover, reletter" tests/e2e/vscode/run.sh
run "editor configs (Zed, Helix, Neovim queries) parse and compile" editors/check-configs.sh
echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
