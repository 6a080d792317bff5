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
E2E_NAME="emacs e2e"
source "$here/../lib.sh"
root="$e2e_root"

command -v emacs >/dev/null || apt_install emacs-nox
# Eglot is built in from Emacs 29; Debian 12's Emacs 28 needs the package.
if ! emacs --batch --eval "(progn (package-initialize) (require 'eglot))" >/dev/null 2>&1; then
  apt_install elpa-eglot
fi

server="$(server_binary)"

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
summary="$(summary_of "$work/out.log" "$status")"
[[ "$summary" == *" 0 failed" ]] || [ "$status" != 0 ] || status=1
echo "$summary"
exit "$status"
