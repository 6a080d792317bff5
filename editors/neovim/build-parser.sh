#!/usr/bin/env bash
# Compiles the tree-sitter parser of grammar/ into editors/neovim/parser/resolution.so,
# so that editors/neovim on the runtimepath gives Neovim the parser and, through
# the queries/resolution link, the highlight and fold queries of grammar/queries.
# Needs a C compiler (cc). Usage: editors/neovim/build-parser.sh [OUTPUT.so]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/../../grammar/src"
out="${1:-$here/parser/resolution.so}"
mkdir -p "$(dirname "$out")"
cc -shared -fPIC -O2 -I "$src" "$src/parser.c" "$src/scanner.c" -o "$out"
echo "$out"
