#!/usr/bin/env bash
# Builds the platform extension editors/vscode/resolution-ls-linux-x64-<version>.vsix:
#   1. npm ci (only when node_modules is missing or older than package-lock.json),
#   2. tsc (no bundler: the .vsix carries vscode-languageclient's node_modules),
#   3. cargo build --release, copying target/release/resolution-ls into server/,
#   4. vsce package --target linux-x64 (offline: vsce needs no network to package;
#      --allow-missing-repository: the project has no public repository yet).
# Environment: SKIP_CARGO=1 uses the existing target/release/resolution-ls;
# VSCE_TARGET overrides the platform (e.g. linux-arm64 or win32-x64 with a
# matching binary in RESOLUTION_LS_BINARY; a win32 binary is bundled as
# server/resolution-ls.exe).
set -euo pipefail
ext="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$ext/../.." && pwd)"
cd "$ext"
export npm_config_loglevel="${npm_config_loglevel:-error}"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "package.sh: npm ci"
  npm ci --no-audit --no-fund
fi

echo "package.sh: tsc"
rm -rf out
npx --no-install tsc -p .

target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
binary="${RESOLUTION_LS_BINARY:-$target_dir/release/resolution-ls}"
if [ "${SKIP_CARGO:-0}" != 1 ] && [ -z "${RESOLUTION_LS_BINARY:-}" ]; then
  echo "package.sh: cargo build --release"
  (cd "$root" && cargo build --release --quiet)
fi
[ -f "$binary" ] || { echo "package.sh: no server binary at $binary" >&2; exit 1; }
target="${VSCE_TARGET:-linux-x64}"
# The name the extension looks for (src/server.ts): resolution-ls.exe on Windows.
case "$target" in win32-*) name=resolution-ls.exe ;; *) name=resolution-ls ;; esac
rm -rf server && mkdir -p server
if [ "$target" = linux-x64 ] && command -v strip >/dev/null 2>&1; then
  strip -o "server/$name" "$binary"
else
  cp "$binary" "server/$name"   # another platform's binary: built stripped by the release profile
fi
chmod 755 "server/$name"
if [ "$target" = linux-x64 ]; then
  "server/$name" --version >/dev/null
else
  echo "package.sh: $target binary not run here ($(file -b "server/$name" 2>/dev/null | cut -c1-60))"
fi

version="$(node -p "require('./package.json').version")"
out="$ext/resolution-ls-$target-$version.vsix"
rm -f "$out"
echo "package.sh: vsce package --target $target"
npx --no-install vsce package --allow-missing-repository --target "$target" --out "$out" 2>&1 | grep -v "^npm warn" || true
[ -f "$out" ] || { echo "package.sh: vsce did not produce $out" >&2; exit 1; }
echo "$out"
