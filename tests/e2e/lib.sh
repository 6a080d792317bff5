# Helpers shared by the end-to-end scripts; source it, do not run it.
#   e2e_root                the repository's top folder
#   say TEXT                a line prefixed with the caller's name ($E2E_NAME)
#   sudo_if_needed CMD…     root runs CMD, others through sudo
#   apt_install PKG…        installs the Debian packages that are missing
#                           (apt-get update once per run)
#   server_binary           prints the server to test: $LSP_CMD, else the
#                           release build in $CARGO_TARGET_DIR (default
#                           target/), built once (cargo decides whether
#                           anything changed; BUILD=0 skips the build)
#   summary_of FILE STATUS  the closing "N passed, M failed" line of a
#                           client's output, made up from its ok/FAIL lines
#                           (and one failure more) when the client died first
# shellcheck shell=bash

e2e_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '%s: %s\n' "${E2E_NAME:-e2e}" "$*"; }

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

_e2e_apt_updated=
apt_install() {
  local missing=() pkg
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -gt 0 ] || return 0
  say "apt-get install ${missing[*]}"
  if [ -z "$_e2e_apt_updated" ]; then sudo_if_needed apt-get update -qq; _e2e_apt_updated=1; fi
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

server_binary() {
  if [ -n "${LSP_CMD:-}" ]; then printf '%s\n' "$LSP_CMD"; return; fi
  local target="${CARGO_TARGET_DIR:-$e2e_root/target}"
  case "$target" in /*) ;; *) target="$e2e_root/$target" ;; esac
  if [ "${BUILD:-1}" != 0 ] || [ ! -x "$target/release/resolution-ls" ]; then
    (cd "$e2e_root" && cargo build --release --quiet --bin resolution-ls) >&2 || return 1
  fi
  printf '%s\n' "$target/release/resolution-ls"
}

summary_of() {
  local file="$1" status="$2" last
  last="$(tail -n 1 "$file" 2>/dev/null || true)"
  if [[ "$last" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]] && [ "$status" = 0 -o "${last##*passed, }" != "0 failed" ]; then
    printf '%s\n' "$last"
  else
    printf '%s passed, %s failed\n' "$(grep -c '^ok ' "$file" || true)" "$(( $(grep -c '^FAIL' "$file" || true) + 1 ))"
  fi
}
