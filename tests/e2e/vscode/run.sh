#!/usr/bin/env bash
# End-to-end test of the VS Code extension in real VS Code: code-server
# 4.100.3 (VS Code 1.100) with the built .vsix installed into a fresh
# extensions folder, driven through Debian's Chromium by playwright-core.
# Prints `N passed, M failed` last; exits 1 on any failure.
#
# Installs what is missing: apt chromium, libkrb5-dev, ripgrep (code-server's
# native modules and its ripgrep), fonts-wqy-microhei (CJK glyphs for the
# screenshot); npm code-server@4.100.3 into $RESOLUTION_LS_E2E_CACHE
# (default ~/.cache/resolution-ls-e2e), playwright-core into
# tests/e2e/vscode/node_modules.
#
# Environment: SKIP_BUILD=1 uses the existing .vsix; SCREENSHOT=path writes
# the README screenshot there (default editors/vscode/screenshot.png; set
# SCREENSHOT= to skip); KEEP=1 keeps the temporary folder; E2E_DRAFT=file
# replaces seed 000 (it must have the same kinds of mistakes).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
E2E_NAME="vscode e2e"
source "$here/../lib.sh"
root="$e2e_root"
export npm_config_loglevel="${npm_config_loglevel:-error}"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
CODE_SERVER_VERSION=4.100.3
cache="${RESOLUTION_LS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/resolution-ls-e2e}"
started=$(date +%s)

# --- what the test needs ---------------------------------------------------
apt_install chromium ripgrep libkrb5-dev fonts-wqy-microhei
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" -lt 20 ]; then
  echo "vscode e2e: node 20 or newer is needed (code-server $CODE_SERVER_VERSION); found $(node --version 2>/dev/null || echo none)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

cs_dir="$cache/code-server-$CODE_SERVER_VERSION"
code_server="$cs_dir/node_modules/.bin/code-server"
if ! "$code_server" --version >/dev/null 2>&1; then
  say "npm install code-server@$CODE_SERVER_VERSION into $cs_dir (about a minute)"
  mkdir -p "$cs_dir"
  [ -f "$cs_dir/package.json" ] || echo '{"private":true}' >"$cs_dir/package.json"
  # @vscode/ripgrep's postinstall downloads rg from GitHub: seed its cache with Debian's rg.
  rg_cache="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache"
  tar czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  # yes: node-pty's build runs `npx node-gyp`; unsafe_perm: postinstall as root.
  (cd "$cs_dir" && npm_config_yes=true npm_config_unsafe_perm=true npm install "code-server@$CODE_SERVER_VERSION" >/dev/null)
  "$code_server" --version >/dev/null
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  say "npm ci (playwright-core)"
  (cd "$here" && npm ci >/dev/null)
fi

# --- the server and the .vsix ----------------------------------------------
version="$(node -p "require('$root/editors/vscode/package.json').version")"
vsix="$root/editors/vscode/resolution-ls-linux-x64-$version.vsix"
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$vsix" ]; then
  say "editors/vscode/scripts/package.sh with the server built once"
  binary="$(server_binary)"
  RESOLUTION_LS_BINARY="$binary" "$root/editors/vscode/scripts/package.sh" >/dev/null
fi

# --- a fresh VS Code profile and a workspace with seed 000 -----------------
work="$(mktemp -d "${TMPDIR:-/tmp}/rls-vscode-e2e.XXXXXX")"
cs_pid=
cleanup() {
  if [ -n "$cs_pid" ]; then kill -- "-$cs_pid" 2>/dev/null || kill "$cs_pid" 2>/dev/null || true; wait "$cs_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
ws="$work/ws"
selftest="$work/selftest"   # outside the workspace folder: the explorer shows only the draft
mkdir -p "$ws" "$selftest" "$work/ext" "$work/data/User"
seed="${E2E_DRAFT:-$root/../shared/seeds/000_64240273032ad6eb.txt}"
if [ -f "$seed" ]; then
  say "workspace: $seed"
else
  say "../shared/seeds not found: using tests/e2e/vscode/fixtures/seed-000-like.res (same mistakes as seed 000)"
  seed="$here/fixtures/seed-000-like.res"
fi
# cat, not cp: the seeds are read-only, the copies are edited.
cat "$seed" >"$ws/seed-000.res"
cat "$seed" >"$selftest/seed-000-selftest.res"
cat "$seed" >"$selftest/seed-000.txt"
printf 'Meeting notes\n\nAgenda: budget, travel, the next study group meeting (2026).\n' >"$selftest/notes.txt"
cat "$root/examples/clean-resolution-en.res" >"$selftest/DRAFT-RES-101"
cat "$root/examples/misnumbered-zh.res" >"$selftest/misnumbered-zh.res"
# A Word proposal (Word numbering, a fused label, tracked changes) for
# "Check Word Document" and the fixed copy.
python3 "$root/tests/e2e/word/make_proposal.py" "$selftest/proposal.docx"
printf '第2号决议（2022年，布加勒斯特，修订版）\n国际电联在联合国关于国际发展的倡议中的作用\n国际电信联盟全权代表大会（2022年，布加勒斯特），\n忆及\n有关决议；\n做出决议\n继续开展工作。\n' \
  >"$selftest/草案-第2号决议"
cat >"$work/data/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "git.enabled": false,
  "editor.hover.delay": 300,
  "editor.stickyScroll.enabled": false,
  "files.hotExit": "off",
  "chat.commandCenter.enabled": false
}
EOF
printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' >"$work/config.yaml"

say "install the .vsix into a fresh extensions folder"
"$code_server" --config "$work/config.yaml" --extensions-dir "$work/ext" --user-data-dir "$work/data" \
  --install-extension "$vsix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; echo "0 passed, 1 failed"; exit 1; }

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# The self-test mode of the extension is switched on by these variables,
# which code-server passes to the extension host.
setsid env -u RESOLUTION_LS_SERVER \
  RESOLUTION_LS_E2E_OUT="$work/selftest.json" RESOLUTION_LS_E2E_DIR="$selftest" \
  "$code_server" --config "$work/config.yaml" --bind-addr "127.0.0.1:$port" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --extensions-dir "$work/ext" --user-data-dir "$work/data" "$ws" >"$work/code-server.log" 2>&1 &
cs_pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
  sleep 0.1
done

say "code-server on port $port; driving Chromium (setup took $(( $(date +%s) - started )) s)"
screenshot="${SCREENSHOT-$root/editors/vscode/screenshot.png}"
set +e
CS_URL="http://127.0.0.1:$port" WS="$ws" SELFTEST_OUT="$work/selftest.json" SCREENSHOT="$screenshot" \
  ARTIFACTS="${ARTIFACTS:-$work}" timeout 300 node "$here/e2e.mjs" 2>&1 | tee "$work/e2e.out"
status=${PIPESTATUS[0]}
set -e
if [ "$status" != 0 ]; then
  say "code-server log (last lines):"
  tail -n 20 "$work/code-server.log" | sed 's/^/  /'
  ext_log="$(find "$work/data/logs" -name '*resolution-ls*' -type f 2>/dev/null | head -n 1)"
  if [ -n "$ext_log" ]; then say "extension output ($ext_log):"; tail -n 30 "$ext_log" | sed 's/^/  /'; fi
  [ "${KEEP:-0}" = 1 ] || say "set KEEP=1 to keep $work (failure screenshots, logs)"
fi
say "took $(( $(date +%s) - started )) s"
# A driver that died before its summary (browser did not start, timeout…)
# still counts as a failure.
summary="$(summary_of "$work/e2e.out" "$status")"
[[ "$summary" == *" 0 failed" ]] || [ "$status" != 0 ] || status=1
echo "$summary"
exit "$status"
