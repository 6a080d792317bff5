#!/usr/bin/env bash
# Headless Emacs (eglot + flymake) against the real server, with the major
# mode of editors/emacs/resolution-ls.el, on a draft with seed 000's
# mistakes (the seed itself when ../shared is beside the clone).
# Installs emacs-nox and elpa-eglot when missing (Debian 12: Emacs 28.2,
# Eglot 1.9). Prints `N passed, M failed` last; exits 1 on failure.
# E2E_DRAFT overrides the draft. LSP_CMD overrides the server (default target/release/resolution-ls,
# built when missing or when BUILD=1).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'emacs e2e: %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v emacs >/dev/null || missing+=(emacs-nox)
# Eglot is built in from Emacs 29; Debian 12's Emacs 28 needs the package.
if ! emacs --batch --eval "(progn (package-initialize) (require 'eglot))" >/dev/null 2>&1; then
  missing+=(elpa-eglot)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

server="${LSP_CMD:-$root/target/release/resolution-ls}"
if [ -z "${LSP_CMD:-}" ] && { [ ! -x "$server" ] || [ "${BUILD:-0}" = 1 ]; }; then
  say "cargo build --release"
  (cd "$root" && cargo build --release --quiet)
fi

draft="${E2E_DRAFT:-$root/../shared/seeds/000_64240273032ad6eb.txt}"
if [ ! -f "$draft" ]; then
  say "../shared/seeds not found: using tests/e2e/vscode/fixtures/seed-000-like.res (same mistakes as seed 000)"
  draft="$root/tests/e2e/vscode/fixtures/seed-000-like.res"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/rls-emacs-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# cat, not cp: the seeds are read-only, the copies are edited.
cat "$draft" >"$work/seed-000.res"
cat "$draft" >"$work/seed-000.txt"

started=$(date +%s)
# --batch reads no init file; Debian's site-start puts elpa-eglot on the load path.
set +e
(cd "$work" && LSP_CMD="$server" DRAFT="$work/seed-000.res" DRAFT_TXT="$work/seed-000.txt" HOME="$work" \
  timeout 120 emacs --batch -l "$here/e2e.el" </dev/null 2>"$work/stderr.log") | tee "$work/out.log"
status=${PIPESTATUS[0]}
set -e
if [ "$status" != 0 ]; then
  say "emacs stderr (last lines):"
  tail -n 25 "$work/stderr.log" | sed 's/^/  /'
fi
say "took $(( $(date +%s) - started )) s"
summary="$(tail -n 1 "$work/out.log" 2>/dev/null || true)"
if ! [[ "$summary" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]]; then
  summary="$(grep -c '^ok ' "$work/out.log" || true) passed, $(( $(grep -c '^FAIL' "$work/out.log" || true) + 1 )) failed"
  [ "$status" != 0 ] || status=1
fi
echo "$summary"
exit "$status"
