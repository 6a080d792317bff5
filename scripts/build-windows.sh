#!/usr/bin/env bash
# Cross-builds the Windows binary (x86_64-pc-windows-gnu) on this project's
# Debian 12 machines, where rustup cannot download the Windows standard
# library: Debian's rustc-web (1.96, newer than the project's 1.95) builds
# the standard library from Debian's source of it (rust-web-src) with
# -Zbuild-std, and mingw-w64 links. See docs/release.md for why this route.
# Output: $CARGO_TARGET_DIR/x86_64-pc-windows-gnu/release/resolution-ls.exe
# (CARGO_TARGET_DIR defaults to target/windows-gnu: Debian's rustc must not
# share a target directory with rustup's).
# PACKAGE=1 also writes editors/vscode/resolution-ls-win32-x64-<version>.vsix.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
for pkg in rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "build-windows.sh: apt-get install ${need[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# rustc-web installs /usr/bin/rustc and /usr/bin/cargo; rustup's come first
# on PATH, so name Debian's explicitly.
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
# -Zbuild-std is unstable: RUSTC_BOOTSTRAP lets a stable compiler take it.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/windows-gnu}"
case "$CARGO_TARGET_DIR" in /*) ;; *) CARGO_TARGET_DIR="$root/$CARGO_TARGET_DIR" ;; esac
"$RUSTC" --version
/usr/bin/cargo build --locked --release -Zbuild-std=std,panic_abort \
  --target x86_64-pc-windows-gnu --bin resolution-ls
exe="$CARGO_TARGET_DIR/x86_64-pc-windows-gnu/release/resolution-ls.exe"
file "$exe" 2>/dev/null || true
ls -l "$exe"

if [ "${PACKAGE:-0}" = 1 ]; then
  VSCE_TARGET=win32-x64 RESOLUTION_LS_BINARY="$exe" "$root/editors/vscode/scripts/package.sh"
fi
