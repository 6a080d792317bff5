#!/usr/bin/env bash
# Runs every test of the project: the grammar's corpus tests, the Rust
# tests (unit, fixture, snapshot, protocol over stdio) and the end-to-end
# tests with real editor clients. Installs what is missing (tree-sitter CLI
# with cargo; Neovim, Node and xmllint from Debian; npm packages) so that it
# works on a fresh machine; `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { sudo_if_needed apt-get update -qq; apt_updated=1; }
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

TREE_SITTER_VERSION=0.25.10
if ! tree-sitter --version 2>/dev/null | grep -q "$TREE_SITTER_VERSION"; then
  step "installing tree-sitter-cli $TREE_SITTER_VERSION (cargo; the npm package needs a download that fails offline)"
  cargo install --locked "tree-sitter-cli@$TREE_SITTER_VERSION" --root "$HOME/.cargo"
fi
command -v node >/dev/null || { step "installing node"; apt_install nodejs npm; }
# tests/export_akn.rs validates the exported Akoma Ntoso with xmllint.
command -v xmllint >/dev/null || { step "installing xmllint (libxml2-utils)"; apt_install libxml2-utils; }

step "grammar: generated parser matches grammar.js"
(cd grammar && tree-sitter generate)
git diff --exit-code --stat -- grammar/src || {
  echo "grammar/src differs from what grammar.js generates: run 'cd grammar && tree-sitter generate' and commit" >&2
  exit 1
}

step "grammar: corpus tests"
(cd grammar && tree-sitter test)

step "formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo test (workspace)"
cargo test --workspace

step "end-to-end tests with real editor clients"
scripts/e2e.sh
step "all tests passed"
